package org.charterreviewer.ui.walkthrough;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewEditor;

/**
 * What the walkthrough needs from the rest of the app, given once by the composition root.
 *
 * @param charters the charter version a review is pinned to
 * @param actor    the officer's name, for changes applied in memory
 * @param pending  which files' content is still on the council database
 */
public record WalkthroughServices(ReviewEditor editor, Function<Review, Charter> charters, EvidenceAttacher attacher,
        EvidenceService evidence, DataEraser eraser, ReviewHistory history, LastPlaces places, Clock clock,
        Supplier<String> actor, PendingEvidence pending) {
}
