package org.charterreviewer.ui.reviews;

import java.time.Clock;
import java.util.function.IntSupplier;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.school.SchoolRegister;

/**
 * What the reviews screen uses, handed over by the composition root (the screen knows nothing of
 * the workspace that holds them).
 *
 * @param reviewCount how many reviews the data folder holds (to tell "none yet" from "none match")
 */
public record ReviewsServices(ReviewService reviews, CharterLibrary charters, SchoolRegister schools,
        DataEraser eraser, IntSupplier reviewCount, Clock clock) {
}
