package org.charterreviewer.certificate;

import java.time.Instant;

/** One certificate this install issued: its number, the review revision it was for, and who signed. */
public record CertificateIssue(String certificateNumber, long reviewKey, String reviewSha256, Instant issuedAt,
        String signerName) {
}
