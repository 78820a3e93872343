package org.charterreviewer.report;

import java.time.LocalDate;
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
 */
public record ReviewReport(Review review, Charter charter, Outcome outcome, Map<Long, byte[]> thumbnails,
        LocalDate generatedOn) {

    public ReviewReport {
        thumbnails = Map.copyOf(thumbnails);
    }

    /** A report of a revision still in progress is marked as a draft on every page. */
    public boolean isDraft() {
        return !review.isFinalised();
    }
}
