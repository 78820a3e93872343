package org.charterreviewer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the list of reviews: the latest revision of a review, without its children. */
public record ReviewSummary(
        long key,
        UUID id,
        int revision,
        ReviewStatus status,
        long schoolId,
        String schoolName,
        String schoolUrn,
        String charterId,
        String charterVersion,
        String charterTitle,
        LocalDate visitDate,
        Decision decision,
        LocalDate awardedOn,
        LocalDate validUntil,
        Instant updatedAt) {
}
