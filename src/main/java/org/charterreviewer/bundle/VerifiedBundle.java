package org.charterreviewer.bundle;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.charter.CharterReadResult;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.storage.DataTempFolder;

/**
 * A bundle that passed every check, its entries extracted to a temporary folder inside the data folder
 * (under names of their own, never the names in the ZIP). Closing it deletes that folder.
 *
 * @param contentBySha256 the extracted file of each evidence content, by SHA-256
 * @param ownIdentity     whether this install's own identity signed it
 * @param attachments     the certificate and report PDFs it carries (checked), by role
 */
public record VerifiedBundle(Path file, BundleManifest manifest, ManifestSignature.Signer signer, boolean ownIdentity,
        ReviewDocument review, CharterReadResult charter, Map<String, Path> contentBySha256,
        Map<BundleManifest.Role, byte[]> attachments, Path folder) implements AutoCloseable {

    public VerifiedBundle {
        contentBySha256 = Map.copyOf(contentBySha256);
        attachments = Map.copyOf(attachments);
    }

    /** What a verified bundle holds and who signed it, for showing (the {@code --json} of {@code bundle verify}). */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"ok", "file", "bundleId", "reviewId", "revision", "school",
        "charter", "redacted", "createdAt", "creator", "signedBy", "signerCouncil", "signerSubject", "ownIdentity",
        "entries", "evidenceFiles"})
    public record Summary(boolean ok, String file, java.util.UUID bundleId, java.util.UUID reviewId, int revision,
            String school, String charter, boolean redacted, java.time.Instant createdAt, BundleManifest.Creator creator,
            String signedBy, String signerCouncil, String signerSubject, boolean ownIdentity, int entries,
            int evidenceFiles) {

        static Summary of(VerifiedBundle b) {
            BundleManifest m = b.manifest();
            return new Summary(true, b.file().getFileName().toString(), m.bundleId(), m.reviewId(), m.revision(),
                    b.review().school().name(), b.review().charter().id() + "@" + b.review().charter().version(),
                    m.redacted(), m.createdAt(), m.creator(), b.signer().name(), b.signer().council(),
                    b.signer().subject(), b.ownIdentity(), m.entries().size() + 2, b.review().evidence().size());
        }
    }

    public Summary summary() {
        return Summary.of(this);
    }

    public Optional<Path> content(String sha256) {
        return Optional.ofNullable(contentBySha256.get(sha256));
    }

    /** Deletes the unpacked entries. */
    @Override
    public void close() {
        DataTempFolder.delete(folder);
    }
}
