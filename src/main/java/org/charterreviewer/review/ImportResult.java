package org.charterreviewer.review;

import java.util.UUID;

/**
 * What importing a review file did: the revision it is stored as, whether it was already there with
 * the same content (nothing changed), and whether a new school had to be added for it.
 */
public record ImportResult(UUID reviewId, int revision, boolean unchanged, boolean schoolCreated) {

    /** The revision the file is stored as. */
    public RevisionRef ref() {
        return new RevisionRef(reviewId, revision);
    }
}
