package org.charterreviewer.ui.common;

import java.util.UUID;

/** Lets one screen send the officer to another without knowing how the main window is built. */
public interface Navigator {

    /** Opens the walkthrough of a review (its latest revision). */
    void openReview(UUID reviewId);

    /** Back to the list of reviews. */
    void showReviews();
}
