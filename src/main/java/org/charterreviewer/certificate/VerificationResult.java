package org.charterreviewer.certificate;

import java.time.Instant;
import java.util.List;

/**
 * What checking a certificate PDF found. {@code intact} is true only when the signature covers the
 * whole file, the digest matches and the signature verifies against the signer's certificate (for
 * every signature on it).
 * {@code reason} says in plain words why, either way. Fields that could not be read are null.
 *
 * @param signerName the name in the signature (the officer), or the certificate's common name
 * @param signerSubject the signer certificate's subject
 * @param certificateNumber read from the certificate's metadata
 * @param reviewSha256 the SHA-256 of the review's canonical JSON, as recorded in the certificate
 * @param embeddedJson the attached review summary, byte for byte
 * @param coversWholeFile whether the newest signature covers every byte of the file except its own value
 * @param signers every signature in the order they were made (officer first), each judged on its own;
 *     {@code intact} is true only when all are. {@code signerName}, {@code signerSubject} and
 *     {@code signingTime} are the first signer's.
 */
public record VerificationResult(boolean intact, String reason, String signerName, String signerSubject,
        Instant signingTime, String certificateNumber, String reviewSha256, boolean coversWholeFile,
        byte[] embeddedJson, List<SignerResult> signers) {

    static VerificationResult failed(String reason) {
        return new VerificationResult(false, reason, null, null, null, null, null, false, null, List.of());
    }
}
