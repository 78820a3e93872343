package org.charterreviewer.review;

import java.util.UUID;

/**
 * Where changes to reviews are made and kept. Every implementation checks a change with
 * {@link ChangeRules} and works out its effect with {@link ReviewChanges#apply}, so they differ
 * only in where the review lives: the database ({@code review.store.JooqReviewEditor}) or a map
 * (the tests' {@code InMemoryReviewEditor}).
 */
public interface ReviewEditor {

    /**
     * Checks and applies one change as one unit (on the database: one transaction that locks the
     * revision, checks the rules, writes what changed, appends the audit entry and, for a decision
     * or finalising, evaluates the award rule inside it) and returns the revision as stored
     * afterwards. {@link ReviewChange.Amend} returns the new revision.
     *
     * @throws org.charterreviewer.InvalidInputException when the review or revision is not there, or
     *         the rules refuse the change; nothing is changed then
     */
    Review apply(RevisionRef ref, ReviewChange change);

    /** The latest revision of a review (a plain message if there is no such review). */
    Review latest(UUID reviewId);

    /** One revision of a review (a plain message if there is no such revision). */
    Review revision(RevisionRef ref);
}
