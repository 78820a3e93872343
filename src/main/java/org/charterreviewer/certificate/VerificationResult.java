package org.charterreviewer.certificate;

import java.time.Instant;

/**
 * What checking a certificate PDF found. {@code intact} is true only when the signature covers the
 * whole file, the digest matches and the signature verifies against the signer's certificate.
 * {@code reason} says in plain words why, either way. Fields that could not be read are null.
 *
 * @param signerName the name in the signature (the officer), or the certificate's common name
 * @param signerSubject the signer certificate's subject
 * @param certificateNumber read from the certificate's metadata
 * @param reviewSha256 the SHA-256 of the review's canonical JSON, as recorded in the certificate
 * @param embeddedJson the attached review summary, byte for byte
 * @param coversWholeFile whether the signature covers every byte of the file except its own value
 */
public record VerificationResult(boolean intact, String reason, String signerName, String signerSubject,
        Instant signingTime, String certificateNumber, String reviewSha256, boolean coversWholeFile,
        byte[] embeddedJson) {

    static VerificationResult failed(String reason) {
        return new VerificationResult(false, reason, null, null, null, null, null, false, null);
    }
}
