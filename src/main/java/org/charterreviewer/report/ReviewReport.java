package org.charterreviewer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.Review;

/**
 * Everything the review report shows, gathered before drawing: one revision of a review, its pinned
 * charter, the award rule's outcome with its explanation, and PNG thumbnails of image evidence by
 * evidence id.
 *
 * @param generatedOn the day the report was made, printed on the title page
 * @param moderation  how the revision was moderated, in sentences (who decided, when, the comments); empty if not
 */
public record ReviewReport(Review review, Charter charter, Outcome outcome, Map<Long, byte[]> thumbnails,
        LocalDate generatedOn, List<String> moderation) {

    public ReviewReport {
        thumbnails = Map.copyOf(thumbnails);
        moderation = List.copyOf(moderation);
    }

    /** A report without moderation. */
    public ReviewReport(Review review, Charter charter, Outcome outcome, Map<Long, byte[]> thumbnails,
            LocalDate generatedOn) {
        this(review, charter, outcome, thumbnails, generatedOn, List.of());
    }

    /** A report of a revision still in progress is marked as a draft on every page. */
    public boolean isDraft() {
        return !review.isFinalised();
    }
}
