package org.charterreviewer.certificate;

import java.time.Instant;
import org.charterreviewer.review.RevisionRef;

/** One certificate this install issued: its number, the review revision it was for, and who signed. */
public record CertificateIssue(String certificateNumber, RevisionRef revision, String reviewSha256, Instant issuedAt,
        String signerName) {
}
