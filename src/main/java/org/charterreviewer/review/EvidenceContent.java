package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.store.EvidenceStore;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading stored evidence content back for {@link EvidenceService}: streaming it, a copy for the
 * system's viewer, thumbnails of images, and content pulled from the council database without its
 * bytes, fetched the first time it is opened, checked against its SHA-256 and kept.
 */
final class EvidenceContent {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceContent.class);

    /** Makes a temporary file where copies in progress may be written. */
    @FunctionalInterface
    interface TempFiles {
        Path newFile(String prefix, String suffix) throws IOException;
    }

    private final ReviewService reviews;
    private final Transactions transactions;
    private final EvidenceStore store;
    private final PendingEvidenceContent pending;
    private final TempFiles temp;

    EvidenceContent(ReviewService reviews, PendingEvidenceContent pending, TempFiles temp) {
        this.reviews = reviews;
        this.transactions = reviews.transactions();
        this.store = reviews.storedEditor().evidence();
        this.pending = pending;
        this.temp = temp;
    }

    /**
     * Writes the content to a new temporary file (deleted when the app exits) for the system's
     * viewer, named with the original file's extension.
     */
    Path open(String sha256, String originalName) {
        try {
            Path target = temp.newFile("evidence-", MediaTypes.extensionOf(originalName));
            target.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(target)) {
                copy(sha256, out);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the stored content of {@code sha256} to {@code out}. Content pulled without its bytes
     * is fetched first (once), checked against its SHA-256 and kept; a plain message when it cannot
     * be fetched now.
     */
    void copy(String sha256, OutputStream out) throws IOException {
        if (isPending(sha256)) {
            fetchPending(sha256);
        }
        boolean found;
        try {
            found = transactions.read(tx -> store.copyContent(tx, sha256, out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!found) {
            throw new InvalidInputException(tr("evidence.error.noContent", sha256));
        }
    }

    /** Whether this content's bytes are still on the council database, to be fetched when first opened. */
    boolean isPending(String sha256) {
        return transactions.read(tx -> store.isPending(tx, sha256));
    }

    private void fetchPending(String sha256) throws IOException {
        Path fetched = pending.fetch(sha256);
        try {
            EvidenceService.Copied copied = EvidenceService.hash(fetched);
            if (!copied.sha256().equals(sha256)) {
                LOG.warn("Evidence content {} fetched with a different SHA-256; not kept", sha256.substring(0, 12));
                throw new InvalidInputException(tr("evidence.error.fetchedMismatch", sha256.substring(0, 12)));
            }
            String mediaType = transactions.read(tx -> store.mediaType(tx, sha256)).orElse("application/octet-stream");
            transactions.run(tx -> store.storeContent(tx, sha256, copied.size(), mediaType, fetched, reviews.now()));
            LOG.info("Evidence content {} fetched when first opened ({} bytes)", sha256.substring(0, 12), copied.size());
        } finally {
            EvidenceService.deleteQuietly(fetched);
        }
    }

    /** A PNG no larger than {@code maxSize} pixels on its longer side, for image evidence; empty otherwise. */
    Optional<byte[]> thumbnail(String sha256, int maxSize) {
        Optional<String> mediaType = transactions.read(tx -> store.mediaType(tx, sha256));
        // A thumbnail is not an opening: content still on the council database is not fetched for it.
        if (mediaType.isEmpty() || !mediaType.get().startsWith("image/") || isPending(sha256)) {
            return Optional.empty();
        }
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            copy(sha256, raw);
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(raw.toByteArray()));
            if (image == null) {
                return Optional.empty();
            }
            double scale = Math.min(1.0, (double) maxSize / Math.max(image.getWidth(), image.getHeight()));
            int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = thumb.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(thumb, "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException e) {
            LOG.warn("Cannot make a thumbnail of evidence {}", sha256.substring(0, 12));
            return Optional.empty();
        }
    }
}
