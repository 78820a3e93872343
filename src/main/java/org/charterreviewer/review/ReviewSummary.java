package org.charterreviewer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the list of reviews: the latest revision of a review, without its children.
 *
 * @param awardLevel the name of the award level reached ("Gold"), or null
 */
public record ReviewSummary(
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
        Instant updatedAt,
        String awardLevel) {

    /** A line without an award level (the charter has none, or none was reached). */
    public ReviewSummary(UUID id, int revision, ReviewStatus status, long schoolId, String schoolName,
            String schoolUrn, String charterId, String charterVersion, String charterTitle, LocalDate visitDate,
            Decision decision, LocalDate awardedOn, LocalDate validUntil, Instant updatedAt) {
        this(id, revision, status, schoolId, schoolName, schoolUrn, charterId, charterVersion, charterTitle,
                visitDate, decision, awardedOn, validUntil, updatedAt, null);
    }

    /** The revision this line shows. */
    public RevisionRef ref() {
        return new RevisionRef(id, revision);
    }
}
