package org.charterreviewer.ui.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.ui.common.Navigator;

/** Remembers which reviews were opened instead of opening them. */
final class RecordingNavigator implements Navigator {

    final List<UUID> opened = new ArrayList<>();

    @Override
    public void openReview(UUID reviewId) {
        opened.add(reviewId);
    }

    @Override
    public void showReviews() {
    }
}
