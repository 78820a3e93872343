package org.charterreviewer.certificate;

import java.util.Optional;
import org.charterreviewer.review.Review;

/**
 * Whether a review revision that is otherwise eligible may have its certificate issued: the point
 * where moderation says "not before a second officer approved it".
 */
@FunctionalInterface
public interface IssueApproval {

    /** Issues every eligible review: for installs and tests without moderation. */
    IssueApproval NONE = review -> Optional.empty();

    /** Empty when the certificate of {@code review} may be issued; otherwise why not, in plain words. */
    Optional<String> whyNotIssued(Review review);
}
