package org.charterreviewer.review;

import java.time.Instant;

/** One revision of a review in its history: when it was finalised, by whom, and why it was amended. */
public record RevisionInfo(int revision, ReviewStatus status, Instant finalisedAt, String finalisedBy,
        String amendmentReason, Instant createdAt) {
}
