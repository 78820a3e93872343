package org.charterreviewer.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.bundle.store.BundleAttachmentStore;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an evidence bundle of one review revision. Evidence is streamed from the store into the
 * ZIP through a hashing stream, so memory stays flat whatever its size; the manifest is written
 * after the entries it lists, then signed. The file appears under its name only when complete: a
 * cancelled or failed export leaves nothing behind.
 */
public final class BundleExporter {

    private static final Logger LOG = LoggerFactory.getLogger(BundleExporter.class);
    private static final int FILE_BUFFER = 1 << 20;
    private static final int DEFLATE_BUFFER = 1 << 16;

    private final ReviewService reviews;
    private final EvidenceService evidence;
    private final CharterCatalog charters;
    private final ReviewJsonWriter writer;
    private final ObjectWriter manifestWriter;
    private final Clock clock;
    private final Transactions transactions;
    private final BundleAttachmentCheck checks;
    private final BundleAttachmentStore attachmentStore = new BundleAttachmentStore();

    /** {@code database} holds the certificates and reports kept from imported bundles. */
    public BundleExporter(ReviewService reviews, EvidenceService evidence, CharterCatalog charters,
            ReviewJsonWriter writer, ObjectMapper json, Clock clock, Database database) {
        this.reviews = reviews;
        this.transactions = Transactions.on(database);
        this.evidence = evidence;
        this.charters = charters;
        this.writer = writer;
        this.manifestWriter = json.writerWithDefaultPrettyPrinter();
        this.clock = clock;
        this.checks = new BundleAttachmentCheck(json);
    }

    /** What an export wrote. */
    public record Exported(Path file, BundleManifest manifest) {
    }

    /** Writes the bundle of {@code review} to {@code out}, signed by {@code identity}. */
    public Exported export(Review review, boolean redacted, BundleAttachments attachments, SigningIdentity identity,
            Path out, ProgressMonitor monitor) {
        ReviewDocument full = ReviewJsonWriter.document(review, reviews.revisions(review.id()));
        ReviewDocument document = redacted ? BundleRedaction.redact(full) : full;
        StoredCharter charter = charters.find(review.charter().id(), review.charter().version())
                .orElseThrow(() -> new InvalidInputException(tr("bundle.export.noCharter", review.charter().reference())));
        Map<BundleManifest.Role, byte[]> attached = attachments(review, redacted, attachments, writer.canonicalSha256(full));
        byte[] reviewJson = writer.write(document);
        byte[] charterJson = charter.jsonText().getBytes(StandardCharsets.UTF_8);
        long total = document.evidence().stream().mapToLong(ReviewDocument.EvidencePart::size).sum()
                + reviewJson.length + charterJson.length + attached.values().stream().mapToLong(b -> b.length).sum();
        BundleManifest[] written = new BundleManifest[1];
        monitor.message(tr("bundle.export.progress"));
        try {
            Path file = AtomicFileWriter.write(out, stream -> {
                written[0] = writeZip(stream, review, redacted, document, reviewJson, charterJson, attached, identity,
                        monitor, total);
            });
            LOG.info("Evidence bundle written: {} evidence file(s), redacted {}", document.evidence().size(), redacted);
            return new Exported(file, written[0]);
        } catch (IOException e) {
            throw new InvalidInputException(tr("bundle.export.cannotWrite", out), e);
        }
    }

    private BundleManifest writeZip(OutputStream stream, Review review, boolean redacted, ReviewDocument document,
            byte[] reviewJson, byte[] charterJson, Map<BundleManifest.Role, byte[]> attached, SigningIdentity identity,
            ProgressMonitor monitor, long total) throws IOException {
        long[] done = {0};
        List<BundleManifest.Entry> entries = new ArrayList<>();
        // The file's stream is unbuffered and ZipOutputStream hands on what it deflated in pieces of
        // its 512-byte buffer: one system call per 512 bytes of evidence. A larger deflate buffer and
        // a 1 MB buffer in front of the file cut that to one per megabyte (docs/PERFORMANCE.md).
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(stream, FILE_BUFFER), StandardCharsets.UTF_8) {
            {
                buf = new byte[DEFLATE_BUFFER];
            }
        }) {
            entries.add(entry(zip, BundleManifest.REVIEW, BundleManifest.Role.REVIEW, monitor, done, total,
                    out -> out.write(reviewJson)));
            entries.add(entry(zip, BundleManifest.CHARTER, BundleManifest.Role.CHARTER, monitor, done, total,
                    out -> out.write(charterJson)));
            BundleNames names = new BundleNames();
            Map<String, String> pathBySha = new HashMap<>();
            for (ReviewDocument.EvidencePart part : document.evidence()) {
                if (pathBySha.containsKey(part.sha256())) {
                    continue; // The same content attached twice is carried once.
                }
                // Photos, video and PDFs are compressed already: stored as they are (deflate level 0,
                // still one pass, which a STORED entry's CRC-first header would not allow); the rest
                // at the fastest level, which loses almost nothing.
                zip.setLevel(CompressedMedia.isAlreadyCompressed(part.mediaType())
                        ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
                String path = BundleManifest.EVIDENCE_FOLDER + names.unique(part.name());
                pathBySha.put(part.sha256(), path);
                BundleManifest.Entry written = entry(zip, path, BundleManifest.Role.EVIDENCE, monitor, done, total,
                        out -> evidence.copyContent(part.sha256(), out));
                if (!written.sha256().equals(part.sha256())) {
                    throw new InvalidInputException(tr("bundle.export.contentChanged", part.name()));
                }
                entries.add(written);
            }
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (var pdf : attached.entrySet()) {
                String path = pdf.getKey() == BundleManifest.Role.CERTIFICATE ? BundleManifest.CERTIFICATE
                        : BundleManifest.REPORT;
                entries.add(entry(zip, path, pdf.getKey(), monitor, done, total, out -> out.write(pdf.getValue())));
            }
            BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT_VERSION, UUID.randomUUID(), review.id(),
                    review.revision(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS),
                    new BundleManifest.Creator(identity.officerName(), identity.role(), identity.councilName()),
                    redacted, entries);
            byte[] manifestJson = manifestBytes(manifest);
            monitor.checkCancelled();
            putBytes(zip, BundleManifest.MANIFEST, manifestJson);
            putBytes(zip, BundleManifest.SIGNATURE, ManifestSignature.sign(manifestJson, identity));
            zip.finish();
            return manifest;
        }
    }

    byte[] manifestBytes(BundleManifest manifest) {
        try {
            return (manifestWriter.writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the bundle manifest", e);
        }
    }

    /**
     * The certificate and report to carry, in that order: each given one after checking it (the
     * certificate must be intact and issued for exactly this revision, whose full review file has
     * {@code reviewSha256}; the report must be a PDF), else the one kept from an imported bundle of this
     * revision — except a report that came in a full bundle, which never goes into a redacted one.
     */
    private Map<BundleManifest.Role, byte[]> attachments(Review review, boolean redacted, BundleAttachments given,
            String reviewSha256) {
        Map<BundleManifest.Role, byte[]> attached = new EnumMap<>(BundleManifest.Role.class);
        Map<String, BundleAttachmentStore.Row> kept = new HashMap<>();
        for (BundleAttachmentStore.Row row : transactions.read(tx -> attachmentStore.find(tx, review.id(), review.revision()))) {
            kept.put(row.role(), row);
        }
        if (given.certificate().isPresent()) {
            BundleAttachments.Source source = given.certificate().get();
            String label = label(source, BundleManifest.CERTIFICATE);
            byte[] pdf = read(source, label);
            checks.certificateProblem(label, pdf, review.id(), review.revision(), Optional.of(reviewSha256))
                    .ifPresent(problem -> {
                        throw new InvalidInputException(problem);
                    });
            attached.put(BundleManifest.Role.CERTIFICATE, pdf);
        } else if (kept.containsKey(BundleAttachmentStore.CERTIFICATE)) {
            // Kept from a redacted bundle, it names the full review this install may not hold: a full
            // bundle of the redacted review would then fail its recipient's check, so it stays out.
            byte[] pdf = kept.get(BundleAttachmentStore.CERTIFICATE).content();
            Optional<String> problem = checks.certificateProblem(BundleManifest.CERTIFICATE, pdf, review.id(),
                    review.revision(), redacted ? Optional.empty() : Optional.of(reviewSha256));
            if (problem.isEmpty()) {
                attached.put(BundleManifest.Role.CERTIFICATE, pdf);
            } else {
                LOG.info("The certificate kept with this revision does not match its review file; left out of the bundle");
            }
        }
        if (given.report().isPresent()) {
            BundleAttachments.Source source = given.report().get();
            String label = label(source, BundleManifest.REPORT);
            byte[] pdf = read(source, label);
            checks.reportProblem(label, pdf).ifPresent(problem -> {
                throw new InvalidInputException(problem);
            });
            attached.put(BundleManifest.Role.REPORT, pdf);
        } else if (kept.containsKey(BundleAttachmentStore.REPORT)
                && (!redacted || kept.get(BundleAttachmentStore.REPORT).fromRedacted())) {
            attached.put(BundleManifest.Role.REPORT, kept.get(BundleAttachmentStore.REPORT).content());
        }
        return attached;
    }

    private static String label(BundleAttachments.Source source, String fallback) {
        return source.label().isEmpty() ? fallback : source.label();
    }

    private static byte[] read(BundleAttachments.Source source, String label) {
        long cap = BundleLimits.DEFAULT.maxMetadataBytes();
        try (InputStream in = source.open()) {
            byte[] bytes = in.readNBytes((int) cap + 1);
            if (bytes.length > cap) {
                throw new InvalidInputException(tr("bundle.attachment.tooLarge", label));
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(tr("bundle.attachment.unreadable", label));
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static BundleManifest.Entry entry(ZipOutputStream zip, String path, BundleManifest.Role role,
            ProgressMonitor monitor, long[] done, long total, Content content) throws IOException {
        monitor.checkCancelled();
        zip.putNextEntry(new ZipEntry(path));
        HashingOutputStream hashing = new HashingOutputStream(zip, monitor, done, total);
        content.writeTo(hashing);
        zip.closeEntry();
        return new BundleManifest.Entry(path, hashing.count(), hashing.sha256(), role);
    }

    private static void putBytes(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
    }
}
