package org.charterreviewer.team;

import java.time.Instant;
import java.util.UUID;

/** A certificate number issued on some laptop, for the revision whose canonical SHA-256 it carries. */
public record CouncilCertificate(String number, UUID reviewId, int revision, String reviewSha256, Instant issuedAt) {
}
