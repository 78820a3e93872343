package org.charterreviewer.certificate;

import java.util.Optional;

/**
 * A checked certificate file: what the signature check found and, when this install issued it,
 * the review revision it belongs to. {@code passed} is what the command line's exit code and the
 * Verify screen's verdict follow: intact and issued by Charter Reviewer.
 */
public record CertificateCheck(VerificationResult result, Optional<CertificateMatch> match) {

    /** Intact and carrying a Charter Reviewer certificate number. */
    public boolean passed() {
        return result.intact() && result.certificateNumber() != null;
    }

    /** Why it passed or failed, in plain words. */
    public String reason() {
        return result.intact() && result.certificateNumber() == null
                ? org.charterreviewer.i18n.Messages.tr("certificate.verify.notOurs") : result.reason();
    }
}
