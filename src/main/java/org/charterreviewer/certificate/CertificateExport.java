package org.charterreviewer.certificate;

import java.nio.file.Path;
import java.util.UUID;

/**
 * What exporting a certificate did: which number it carries, for which review revision and school,
 * whether the number was already issued for that revision before (a re-export), and whether it was
 * issued in another install ({@code numberFromElsewhere}).
 */
public record CertificateExport(Path file, String certificateNumber, CertificateKind kind, UUID reviewId,
        int revision, String schoolName, String reviewSha256, boolean reusedNumber, boolean numberFromElsewhere) {
}
