package org.charterreviewer.certificate;

import java.util.UUID;

/** The review revision in this install that a presented certificate was issued for. */
public record CertificateMatch(String certificateNumber, UUID reviewId, int revision, String schoolName) {
}
