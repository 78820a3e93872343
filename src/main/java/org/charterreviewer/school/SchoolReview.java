package org.charterreviewer.school;

import java.time.LocalDate;
import java.util.UUID;

/** One review of a school as its page lists it: the latest revision of that review. */
public record SchoolReview(UUID reviewId, int revision, String status, String charterId, String charterVersion,
        LocalDate visitDate, LocalDate validUntil, String charterTitle) {
}
