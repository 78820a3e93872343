package org.charterreviewer.review;

import java.util.Objects;
import java.util.UUID;

/**
 * Names one revision of one review: the review's identity (the same on every computer it travels
 * to) and the revision number. Everything above storage names a revision by this, never by a
 * database key, so a review keeps its name when it moves between installations.
 */
public record RevisionRef(UUID reviewId, int revision) {

    public RevisionRef {
        Objects.requireNonNull(reviewId);
        if (revision < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1");
        }
    }

    /** The revision that amending this one opens. */
    public RevisionRef next() {
        return new RevisionRef(reviewId, revision + 1);
    }

    @Override
    public String toString() {
        return reviewId + " revision " + revision;
    }
}
