package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence content arriving with an imported review, made ready to store: photos go through the same
 * metadata removal as a file attached in the window, and the review then names the cleaned content
 * (its SHA-256 and size) with {@code metadataRemoved} true. Cleaning is deterministic, so importing
 * the same file again gives the same document and is recognised as unchanged. Temporary cleaned
 * copies are deleted on {@link #close()}.
 */
final class ImportedEvidence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportedEvidence.class);

    private final ReviewDocument document;
    private final Map<Integer, Path> files;
    private final List<Path> temporary;

    private ImportedEvidence(ReviewDocument document, Map<Integer, Path> files, List<Path> temporary) {
        this.document = document;
        this.files = files;
        this.temporary = temporary;
    }

    /**
     * Cleans the content found for each evidence part ({@code found}, by part id). A photo's bytes
     * are checked against the SHA-256 the review gives before they are cleaned; other content is
     * checked as it is stored.
     */
    static ImportedEvidence clean(ReviewDocument d, Map<Integer, Path> found, EvidenceSanitizer sanitizer, String label) {
        Map<Integer, Path> files = new HashMap<>(found);
        List<Path> temporary = new ArrayList<>();
        List<ReviewDocument.EvidencePart> parts = new ArrayList<>();
        try {
            for (ReviewDocument.EvidencePart part : d.evidence()) {
                Path file = found.get(part.id());
                if (file == null) {
                    parts.add(part);
                    continue;
                }
                // The media type in the file is not trusted to decide whether a photo is cleaned.
                String sniffed = MediaTypes.sniff(file, MediaTypes.sanitiseName(part.name()));
                EvidenceSanitizer.Sanitized clean = sanitizer.sanitize(file, sniffed);
                if (clean.file().equals(file)) {
                    parts.add(part);
                    continue;
                }
                temporary.add(clean.file());
                if (!EvidenceService.hash(file).sha256().equals(part.sha256())) {
                    throw new InvalidInputException(label + ": " + tr("evidence.error.hashMismatch", part.sha256()));
                }
                EvidenceService.Copied cleaned = EvidenceService.hash(clean.file());
                files.put(part.id(), clean.file());
                parts.add(new ReviewDocument.EvidencePart(part.id(), part.name(), cleaned.sha256(), cleaned.size(),
                        part.mediaType(), part.caption(), part.internal(),
                        part.metadataRemoved() || clean.metadataRemoved(), part.addedAt()));
            }
        } catch (IOException e) {
            temporary.forEach(ImportedEvidence::deleteQuietly);
            throw new InvalidInputException(tr("reviewFile.unreadable", label), e);
        } catch (RuntimeException e) {
            temporary.forEach(ImportedEvidence::deleteQuietly);
            throw e;
        }
        return new ImportedEvidence(withEvidence(d, parts), files, temporary);
    }

    /** The review as it will be stored: the evidence names the cleaned content. */
    ReviewDocument document() {
        return document;
    }

    /** The file to store for evidence part {@code id}, or null when the content is already stored here. */
    Path file(int id) {
        return files.get(id);
    }

    @Override
    public void close() {
        temporary.forEach(ImportedEvidence::deleteQuietly);
    }

    private static ReviewDocument withEvidence(ReviewDocument d, List<ReviewDocument.EvidencePart> evidence) {
        return new ReviewDocument(d.formatVersion(), d.reviewId(), d.revision(), d.status(), d.school(), d.charter(),
                d.visit(), d.participants(), d.judgements(), d.notes(), d.voices(), d.actions(), evidence,
                d.evidenceLinks(), d.outcome(), d.awardLevel(), d.decision(), d.awardedOn(), d.validUntil(), d.signatory(), d.signatories(),
                d.finalisedAt(), d.finalisedBy(), d.amendmentReason(), d.createdAt(), d.updatedAt(), d.revisions());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete a temporary cleaned evidence copy");
        }
    }
}
