package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.storage.DataTempFolder;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.store.EvidenceStore;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.storage.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evidence files of reviews. Content is stored inside the database once per SHA-256, however many
 * reviews or items it supports; attaching streams the file (never whole in memory), can be
 * cancelled, and stores either everything (content, evidence row, links, audit) or nothing.
 */
public final class EvidenceService {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);

    /** The app_setting key of the size limit, in bytes. */
    public static final String MAX_BYTES_SETTING = "evidence.maxBytes";
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final ReviewService reviews;
    private final Transactions transactions;
    private final EvidenceStore store;
    private final EvidenceSanitizer sanitizer;

    /** Where copies in progress are written; null for the system's temporary folder. */
    private final DataTempFolder temp;
    /** Reading content back: streaming, viewing, thumbnails, fetching what was pulled without its bytes. */
    private final EvidenceContent content;

    /** Copies in progress go to the system's temporary folder: for tests of logic without a data folder. */
    public EvidenceService(ReviewService reviews, EvidenceSanitizer sanitizer) {
        this(reviews, sanitizer, null);
    }

    /**
     * Copies in progress (a file being attached, content opened for viewing) go to the data folder's
     * own temporary folder, owner-only, removed at the next start if a crash leaves them.
     */
    public EvidenceService(ReviewService reviews, EvidenceSanitizer sanitizer, DataTempFolder temp) {
        this(reviews, sanitizer, temp, PendingEvidenceContent.NONE);
    }

    /** As above, fetching content recorded without its bytes from {@code pending} when first opened. */
    public EvidenceService(ReviewService reviews, EvidenceSanitizer sanitizer, DataTempFolder temp,
            PendingEvidenceContent pending) {
        this.reviews = reviews;
        this.transactions = reviews.transactions();
        this.store = reviews.storedEditor().evidence();
        this.sanitizer = sanitizer;
        this.temp = temp;
        this.content = new EvidenceContent(reviews, pending, this::tempFile);
    }

    private Path tempFile(String prefix, String suffix) throws IOException {
        return temp == null ? Files.createTempFile("charter-" + prefix, suffix) : temp.newFile(prefix, suffix);
    }

    /** The step that removes hidden metadata from files on their way in (imports use it too). */
    EvidenceSanitizer sanitizer() {
        return sanitizer;
    }

    /** The largest file that may be attached, in bytes (setting {@value #MAX_BYTES_SETTING}). */
    public long maxBytes() {
        return transactions.read(tx -> AppSettingStore.get(tx, MAX_BYTES_SETTING))
                .map(value -> {
                    try {
                        return Long.parseLong(value.strip());
                    } catch (NumberFormatException e) {
                        return DEFAULT_MAX_BYTES;
                    }
                })
                .orElse(DEFAULT_MAX_BYTES);
    }

    public void setMaxBytes(long bytes) {
        if (bytes <= 0) {
            throw new InvalidInputException(tr("evidence.error.badLimit"));
        }
        transactions.run(tx -> {
            AppSettingStore.set(tx, MAX_BYTES_SETTING, Long.toString(bytes));
            reviews.audit().append(tx, reviews.actor(), "setting.changed", "setting", MAX_BYTES_SETTING,
                    Long.toString(bytes));
        });
    }

    /**
     * Attaches a file to an in-progress review revision, linked to {@code itemIds} (may be empty).
     * Files over the limit or unreadable are refused with a plain message and nothing is stored;
     * cancelling through {@code monitor} stores nothing either. The file is copied, cleaned of hidden
     * metadata and hashed first; then its content and the {@link ReviewChange.AttachEvidence} change
     * (the editor's rules and audit entry) are stored in one transaction. Returns the stored evidence.
     */
    public EvidenceFile attach(RevisionRef ref, Path file, List<String> itemIds, String caption, ProgressMonitor monitor) {
        String originalName = MediaTypes.sanitiseName(file.getFileName() == null ? "evidence" : file.getFileName().toString());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidInputException(tr("evidence.error.unreadable", originalName));
        }
        ReviewFieldLimits.require(ReviewFieldLimits.Field.EVIDENCE_NAME, originalName);
        ReviewFieldLimits.require(ReviewFieldLimits.Field.CAPTION, ChangeRules.blankToNull(caption));
        long limit = maxBytes();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidInputException(tr("evidence.error.unreadable", originalName), e);
        }
        if (size > limit) {
            throw new InvalidInputException(tr("evidence.error.tooLarge", originalName, Sizes.format(size), Sizes.format(limit)));
        }
        // Refuse early, before copying a large file, if the revision is locked or an item is unknown.
        Review review = reviews.editor().revision(ref);
        ChangeRules.requireInProgress(review.status());
        var charter = reviews.charterOf(review);
        List<String> items = List.copyOf(new LinkedHashSet<>(itemIds));
        items.forEach(itemId -> ChangeRules.requireItem(charter, itemId));

        Path copy = null;
        Path sanitized = null;
        try {
            monitor.message(tr("evidence.progress.reading", originalName));
            copy = tempFile("evidence-", ".tmp");
            Copied copied = copyHashing(file, copy, size, limit, originalName, monitor);
            String mediaType = MediaTypes.sniff(copy, originalName);
            EvidenceSanitizer.Sanitized clean = sanitizer.sanitize(copy, mediaType);
            Copied stored = copied;
            if (!clean.file().equals(copy)) {
                sanitized = clean.file();
                stored = hash(sanitized);
            }
            monitor.checkCancelled();
            monitor.message(tr("evidence.progress.storing", originalName));
            Path content = sanitized != null ? sanitized : copy;
            Copied finalContent = stored;
            ReviewChange.AttachEvidence change = new ReviewChange.AttachEvidence(finalContent.sha256(), originalName,
                    finalContent.size(), mediaType, caption, clean.metadataRemoved(), items);
            Review after = transactions.write(tx -> {
                store.storeContent(tx, finalContent.sha256(), finalContent.size(), mediaType, content, reviews.now());
                monitor.checkCancelled();
                Review changed = reviews.storedEditor().apply(tx, ref, change);
                CrashPoints.reached(CrashPoints.MID_ATTACH);
                return changed;
            });
            monitor.progress(size, size);
            // The database numbers evidence in the order it is added: the newest is the one just attached.
            EvidenceFile attached = after.evidence().stream().max(java.util.Comparator.comparingLong(EvidenceFile::id))
                    .orElseThrow();
            LOG.info("Evidence {} attached to review revision {} ({} bytes)", attached.id(), ref, finalContent.size());
            return attached;
        } catch (IOException e) {
            throw new InvalidInputException(tr("evidence.error.unreadable", originalName), e);
        } finally {
            deleteQuietly(copy);
            deleteQuietly(sanitized);
        }
    }

    public void link(RevisionRef key, long evidenceId, String itemId) {
        apply(key, new ReviewChange.LinkEvidence(evidenceId, itemId));
    }

    public void unlink(RevisionRef key, long evidenceId, String itemId) {
        apply(key, new ReviewChange.UnlinkEvidence(evidenceId, itemId));
    }

    public void setCaption(RevisionRef key, long evidenceId, String caption) {
        apply(key, new ReviewChange.SetCaption(evidenceId, caption));
    }

    /** Internal evidence stays with the council: it is left out of what the school and bundles see. */
    public void setInternal(RevisionRef key, long evidenceId, boolean internal) {
        apply(key, new ReviewChange.SetEvidenceInternal(evidenceId, internal));
    }

    /** Removes evidence from a revision; its content goes too when nothing else refers to it. */
    public void remove(RevisionRef key, long evidenceId) {
        apply(key, new ReviewChange.RemoveEvidence(evidenceId));
    }

    private void apply(RevisionRef key, ReviewChange change) {
        reviews.editor().apply(key, change);
    }

    /** Deletes stored content no evidence refers to (none is expected; a safety net after crashes). */
    public int removeOrphanContent() {
        return transactions.write(store::deleteOrphanContent);
    }

    /**
     * Writes the content to a new temporary file (deleted when the app exits) for the system's
     * viewer, named with the original file's extension.
     */
    public Path openContent(String sha256) {
        return content.open(sha256, "content.bin");
    }

    public Path openContent(String sha256, String originalName) {
        return content.open(sha256, originalName);
    }

    /**
     * Streams the stored content of {@code sha256} to {@code out}. Content pulled without its bytes
     * is fetched first (once), checked against its SHA-256 and kept; a plain message when it cannot
     * be fetched now.
     */
    public void copyContent(String sha256, OutputStream out) throws IOException {
        content.copy(sha256, out);
    }

    /** Whether this content's bytes are still on the council database, to be fetched when first opened. */
    public boolean isPending(String sha256) {
        return content.isPending(sha256);
    }

    /**
     * Which of {@code sha256s} (the files of a review) are still on the council database, to be
     * fetched when first opened: one query for a whole list, not one a file.
     */
    public java.util.Set<String> pendingAmong(java.util.Collection<String> sha256s) {
        return sha256s.isEmpty() ? java.util.Set.of() : transactions.read(tx -> store.pendingAmong(tx, sha256s));
    }

    /** A PNG no larger than {@code maxSize} pixels on its longer side, for image evidence; empty otherwise. */
    public Optional<byte[]> thumbnail(String sha256, int maxSize) {
        return content.thumbnail(sha256, maxSize);
    }

    /**
     * Stores content read from a stream during import (inside the caller's transaction), unless the
     * same content is already stored. Checks that the bytes hash to {@code sha256}.
     */
    void storeImportedContent(Tx tx, String sha256, String mediaType, Path content) throws IOException {
        if (store.hasContent(tx, sha256)) {
            Copied copied = hash(content);
            if (!copied.sha256().equals(sha256)) {
                throw new InvalidInputException(tr("evidence.error.hashMismatch", sha256));
            }
            // Content recorded as still on the council database gets the bytes this import brings.
            store.storeContent(tx, sha256, copied.size(), mediaType, content, reviews.now());
            return;
        }
        // One pass: the bytes are hashed as H2 reads them in; a mismatch throws inside the caller's
        // transaction, so the content just inserted is rolled back with everything else.
        MessageDigest digest = sha256();
        long size = Files.size(content);
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(content), BUFFER), digest)) {
            store.insertContent(tx, sha256, size, mediaType, in, reviews.now());
            // H2 stops at the size it was given: anything after it (a file grown meanwhile) must count too.
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new InvalidInputException(tr("evidence.error.hashMismatch", sha256));
        }
    }

    /** Records content whose bytes are fetched when first opened (inside an import's transaction). */
    void storePendingContent(Tx tx, ReviewDocument.EvidencePart part) {
        store.storePending(tx, part.sha256(), part.size(), part.mediaType(), reviews.now());
    }

    /** Whether content with this SHA-256 is stored already (an import may then leave it out). */
    boolean hasContent(String sha256) {
        return transactions.read(tx -> store.hasContent(tx, sha256));
    }

    // --- streaming -----------------------------------------------------------------------------------

    record Copied(String sha256, long size) {
    }

    private static Copied copyHashing(Path source, Path target, long expected, long limit, String name,
            ProgressMonitor monitor) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (monitor.isCancelled()) {
                    throw new CancelledException();
                }
                total += n;
                if (total > limit) {
                    throw new InvalidInputException(tr("evidence.error.tooLarge", name, Sizes.format(total), Sizes.format(limit)));
                }
                out.write(buffer, 0, n);
                monitor.progress(total, Math.max(expected, total));
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException(tr("evidence.error.unreadable", name), e);
        }
        return new Copied(HexFormat.of().formatHex(digest.digest()), total);
    }

    static Copied hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                total += n;
            }
        }
        return new Copied(HexFormat.of().formatHex(digest.digest()), total);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete a temporary evidence copy");
        }
    }
}
