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

    /**
     * Checks and applies several changes in order as ONE unit: each goes to the revision the one
     * before it left (after an {@link ReviewChange.Amend}, the new revision), and either all are
     * stored or, when any is refused or fails, none. Returns the revision as stored afterwards
     * (the revision {@code ref} names when {@code changes} is empty).
     *
     * @throws org.charterreviewer.InvalidInputException when a change is refused; nothing is changed then
     */
    Review applyAll(RevisionRef ref, java.util.List<ReviewChange> changes);

    /** The latest revision of a review (a plain message if there is no such review). */
    Review latest(UUID reviewId);

    /** One revision of a review (a plain message if there is no such revision). */
    Review revision(RevisionRef ref);
}
