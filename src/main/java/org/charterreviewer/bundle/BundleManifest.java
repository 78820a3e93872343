package org.charterreviewer.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json} of an evidence bundle (formatVersion 1): what the bundle is, who made it and,
 * for every other entry except the signature, its path, size, SHA-256 and role. Documented in
 * docs/bundle-format.md.
 */
@JsonPropertyOrder({"formatVersion", "bundleId", "reviewId", "revision", "createdAt", "creator", "redacted", "entries"})
public record BundleManifest(
        @JsonProperty(required = true) int formatVersion,
        @JsonProperty(required = true) UUID bundleId,
        @JsonProperty(required = true) UUID reviewId,
        @JsonProperty(required = true) int revision,
        @JsonProperty(required = true) Instant createdAt,
        @JsonProperty(required = true) Creator creator,
        @JsonProperty(required = true) boolean redacted,
        @JsonProperty(required = true) List<Entry> entries) {

    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.json.p7s";
    public static final String REVIEW = "review.json";
    public static final String CHARTER = "charter.json";
    public static final String CERTIFICATE = "certificate.pdf";
    public static final String REPORT = "report.pdf";
    public static final String EVIDENCE_FOLDER = "evidence/";

    public BundleManifest {
        entries = List.copyOf(entries);
    }

    /** The officer whose identity signed the bundle, as their identity names them. */
    @JsonPropertyOrder({"name", "role", "council"})
    public record Creator(@JsonProperty(required = true) String name, @JsonProperty(required = true) String role,
            @JsonProperty(required = true) String council) {
    }

    /** One listed entry. */
    @JsonPropertyOrder({"path", "size", "sha256", "role"})
    public record Entry(@JsonProperty(required = true) String path, @JsonProperty(required = true) long size,
            @JsonProperty(required = true) String sha256, @JsonProperty(required = true) Role role) {
    }

    /** What an entry is. */
    public enum Role {
        @JsonProperty("review") REVIEW,
        @JsonProperty("charter") CHARTER,
        @JsonProperty("evidence") EVIDENCE,
        @JsonProperty("certificate") CERTIFICATE,
        @JsonProperty("report") REPORT
    }
}
