package org.charterreviewer.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a certificate carries inside it as its associated file (PDF/A-3): only what is printed on it
 * plus the review's identity and the SHA-256 of its canonical JSON. A certificate is handed to the
 * school and may be published, so nothing said in the review (notes, voices, actions, evidence) is
 * in here; the full review stays in the database and in bundles. Documented in
 * docs/certificate-format.md.
 *
 * @param review the review revision it was issued for; absent on a sample certificate
 * @param awardLevel the award level printed ("Gold"); absent for a charter without levels
 * @param validUntil absent when the award has no end date
 * @param signatory the pledge signatory printed (with their consent); absent otherwise
 */
@JsonPropertyOrder({"format", "formatVersion", "certificateNumber", "kind", "awardName", "awardLevel", "school",
    "charter", "decision", "awardedOn", "validUntil", "signatory", "officer", "review"})
public record CertificateSummary(
        @JsonProperty(required = true) String format,
        @JsonProperty(required = true) int formatVersion,
        @JsonProperty(required = true) String certificateNumber,
        @JsonProperty(required = true) CertificateKind kind,
        @JsonProperty(required = true) String awardName,
        String awardLevel,
        @JsonProperty(required = true) SchoolPart school,
        @JsonProperty(required = true) CharterPart charter,
        @JsonProperty(required = true) String decision,
        @JsonProperty(required = true) LocalDate awardedOn,
        LocalDate validUntil,
        String signatory,
        @JsonProperty(required = true) OfficerPart officer,
        ReviewPart review) {

    public static final String FORMAT = "charter-reviewer-certificate-summary";
    public static final int FORMAT_VERSION = 1;
    static final String AWARDED = "AWARDED";

    @JsonPropertyOrder({"name", "urn"})
    public record SchoolPart(@JsonProperty(required = true) String name, String urn) {
    }

    @JsonPropertyOrder({"id", "title", "version"})
    public record CharterPart(String id, @JsonProperty(required = true) String title,
            @JsonProperty(required = true) String version) {
    }

    @JsonPropertyOrder({"name", "role", "council"})
    public record OfficerPart(@JsonProperty(required = true) String name, @JsonProperty(required = true) String role,
            @JsonProperty(required = true) String council) {
    }

    /** @param sha256 lower-case hex SHA-256 of the review revision's canonical JSON (docs/review-format.md) */
    @JsonPropertyOrder({"id", "revision", "sha256"})
    public record ReviewPart(@JsonProperty(required = true) UUID id, @JsonProperty(required = true) int revision,
            @JsonProperty(required = true) String sha256) {
    }

    /** The summary of the certificate that {@code content} describes. */
    static CertificateSummary of(CertificateContent content) {
        return new CertificateSummary(FORMAT, FORMAT_VERSION, content.certificateNumber(), content.kind(),
                content.awardName(), content.awardLevel().orElse(null), new SchoolPart(content.schoolName(), content.schoolUrn().orElse(null)),
                new CharterPart(content.charterId(), content.charterTitle(), content.charterVersion()), AWARDED,
                content.awardedOn(), content.validUntil(), content.signatory().orElse(null),
                new OfficerPart(content.officerName(), content.officerRole(), content.councilName()), content.review().orElse(null));
    }
}
