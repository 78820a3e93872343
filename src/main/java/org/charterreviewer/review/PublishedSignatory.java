package org.charterreviewer.review;

import java.util.UUID;

/** A pledge signatory who consented to publication, with the school and charter they signed for. */
public record PublishedSignatory(UUID reviewId, String schoolName, String schoolUrn, String charterId,
        PledgeSignatory signatory) {
}
