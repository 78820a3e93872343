package org.charterreviewer.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What checking one signature of a certificate found. {@code intact} is true only when its own
 * signed bytes verify and whatever was added to the file after it is intact too and adds nothing
 * but signatures.
 *
 * @param name the name in the signature, or the signer certificate's readable subject
 * @param signerSubject the signer certificate's readable subject, null when it could not be read
 * @param certificate the signer's certificate as carried in the signature, null when unreadable
 */
public record SignerResult(String name, SignerRole role, Instant signingTime, boolean intact, String reason,
        String signerSubject, X509Certificate certificate) {
}
