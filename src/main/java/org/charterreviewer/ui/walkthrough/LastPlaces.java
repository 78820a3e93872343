package org.charterreviewer.ui.walkthrough;

import java.util.Optional;
import java.util.UUID;

/** Where the officer left each review: the item shown last, so reopening it goes back there. */
public interface LastPlaces {

    Optional<String> itemOf(UUID reviewId);

    void remember(UUID reviewId, String itemId);

    /** Remembers nothing: for tests that do not care, and when no setting can be kept. */
    LastPlaces NONE = new LastPlaces() {
        @Override
        public Optional<String> itemOf(UUID reviewId) {
            return Optional.empty();
        }

        @Override
        public void remember(UUID reviewId, String itemId) {
        }
    };
}
