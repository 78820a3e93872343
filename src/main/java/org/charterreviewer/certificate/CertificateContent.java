package org.charterreviewer.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on one certificate (and summarised inside it), as plain values. The review feature
 * fills it from a finalised, awarded review; the renderer knows nothing about reviews.
 *
 * @param councilLogo PNG or JPEG bytes, if the council has a logo
 * @param schoolUrn the school's URN; empty for a setting without one
 * @param charterId the charter's id in its JSON template
 * @param reviewSha256 lower-case hex SHA-256 of the review's canonical JSON (goes into the QR code)
 * @param review the review revision it is issued for; empty on a sample certificate
 * @param validUntil null when the charter gives the award no end date
 * @param awardLevel the award level reached ("Gold"), for a charter with award levels
 * @param signatory a pledge's signatory as printed ("Ann Lee, Head teacher, Low Hill Nursery School"),
 *                  only when they consented to publication
 */
public record CertificateContent(String councilName, Optional<byte[]> councilLogo, String awardName,
        String statement, String schoolName, Optional<String> schoolUrn, String charterTitle,
        String charterVersion, LocalDate awardedOn, LocalDate validUntil, String officerName,
        String officerRole, String certificateNumber, String charterId, String reviewSha256,
        Optional<CertificateSummary.ReviewPart> review, CertificateKind kind, Optional<String> awardLevel,
        Optional<String> signatory) {

    /** A certificate without award level or named signatory. */
    public CertificateContent(String councilName, Optional<byte[]> councilLogo, String awardName, String statement,
            String schoolName, Optional<String> schoolUrn, String charterTitle, String charterVersion,
            LocalDate awardedOn, LocalDate validUntil, String officerName, String officerRole,
            String certificateNumber, String charterId, String reviewSha256,
            Optional<CertificateSummary.ReviewPart> review, CertificateKind kind) {
        this(councilName, councilLogo, awardName, statement, schoolName, schoolUrn, charterTitle, charterVersion,
                awardedOn, validUntil, officerName, officerRole, certificateNumber, charterId, reviewSha256, review,
                kind, Optional.empty(), Optional.empty());
    }

    public CertificateContent {
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(councilLogo, "councilLogo");
        Objects.requireNonNull(awardName, "awardName");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(charterTitle, "charterTitle");
        Objects.requireNonNull(charterVersion, "charterVersion");
        Objects.requireNonNull(awardedOn, "awardedOn");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(officerRole, "officerRole");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(reviewSha256, "reviewSha256");
        Objects.requireNonNull(charterId, "charterId");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(awardLevel, "awardLevel");
        Objects.requireNonNull(signatory, "signatory");
        if (!reviewSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("reviewSha256 must be 64 lower-case hex digits");
        }
        if (review.isPresent() && !review.get().sha256().equals(reviewSha256)) {
            throw new IllegalArgumentException("the review part must carry the same SHA-256 as the QR code");
        }
    }

    /** What the certificate carries inside it: what is printed, and which review it stands for. */
    public CertificateSummary summary() {
        return CertificateSummary.of(this);
    }

    /** What the QR code carries: a version tag, the certificate number and the review's SHA-256. */
    public String qrPayload() {
        return "CR1;" + certificateNumber + ";" + reviewSha256;
    }
}
