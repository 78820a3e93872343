package org.charterreviewer.identity;

import java.time.Instant;

/** What {@code identity show} tells: who signs and which certificate, never a secret. */
public record IdentityDetails(String officerName, String role, String councilName, String subject,
        String issuer, String serialNumber, Instant validFrom, Instant validUntil, String sha256Fingerprint,
        boolean selfSigned, boolean hasLogo) {
}
