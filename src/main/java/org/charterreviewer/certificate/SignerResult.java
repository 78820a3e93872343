package org.charterreviewer.certificate;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What checking one signature of a certificate found. {@code intact} is true only when its own
 * signed bytes verify and whatever was added to the file after it is intact too and adds nothing
 * but signatures (or validation data).
 *
 * @param name the name in the signature, or the signer certificate's readable subject
 * @param signerSubject the signer certificate's readable subject, null when it could not be read
 * @param certificate the signer's certificate as carried in the signature, null when unreadable
 * @param timestamp the trusted time a timestamp server vouched for on this signature (or, for a
 *     document timestamp, on the whole file), null when it has none
 */
public record SignerResult(String name, SignerRole role, Instant signingTime, boolean intact, String reason,
        String signerSubject, X509Certificate certificate, SignatureTimestamp timestamp) {

    /** A signature without a timestamp. */
    public SignerResult(String name, SignerRole role, Instant signingTime, boolean intact, String reason,
            String signerSubject, X509Certificate certificate) {
        this(name, role, signingTime, intact, reason, signerSubject, certificate, null);
    }

    /** The same signature judged broken for {@code problem}. */
    SignerResult broken(String problem) {
        return new SignerResult(name, role, signingTime, false, problem, signerSubject, certificate, timestamp);
    }
}
