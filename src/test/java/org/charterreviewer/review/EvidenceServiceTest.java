package org.charterreviewer.review;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class EvidenceServiceTest extends ReviewTestBase {

    @Test
    void theSameFileTwiceIsStoredOnceAndCanSupportSeveralItems() throws IOException {
        Review review = startWolverhampton();
        Path photo = png(dir.resolve("assembly.png"), 400, 300);
        EvidenceFile first = evidence.attach(review.ref(), photo, List.of("ep1", "ep2"), "Assembly", ProgressMonitor.NONE);
        Path copy = Files.copy(photo, dir.resolve("same-again.png"));
        EvidenceFile second = evidence.attach(review.ref(), copy, List.of("co1"), null, ProgressMonitor.NONE);

        assertThat(first.sha256()).isEqualTo(second.sha256()).hasSize(64);
        assertThat(first.mediaType()).isEqualTo("image/png");
        assertThat(first.sizeBytes()).isEqualTo(Files.size(photo));
        assertThat(first.originalName()).isEqualTo("assembly.png");
        assertThat(first.caption()).isEqualTo("Assembly");
        assertThat(first.linkedItemIds()).containsExactly("ep1", "ep2");
        assertThat(blobCount()).isEqualTo(1);
        assertThat(evidenceRows()).isEqualTo(2);

        evidence.link(review.ref(), first.id(), "su1");
        evidence.unlink(review.ref(), first.id(), "ep2");
        evidence.setCaption(review.ref(), first.id(), "Whole-school assembly");
        evidence.setInternal(review.ref(), first.id(), true);
        EvidenceFile changed = reviews.revision(review.ref()).evidence(first.id()).orElseThrow();
        assertThat(changed.linkedItemIds()).containsExactly("ep1", "su1");
        assertThat(changed.caption()).isEqualTo("Whole-school assembly");
        assertThat(changed.internal()).isTrue();
        assertThat(reviews.revision(review.ref()).evidenceFor("co1")).extracting(EvidenceFile::id).containsExactly(second.id());

        evidence.remove(review.ref(), first.id());
        assertThat(blobCount()).isEqualTo(1);
        evidence.remove(review.ref(), second.id());
        assertThat(blobCount()).isZero();
        assertThat(reviews.revision(review.ref()).evidence()).isEmpty();
    }

    @Test
    void contentComesBackByteForByteAndImagesHaveThumbnails() throws IOException {
        Review review = startWolverhampton();
        Path photo = png(dir.resolve("photo.png"), 800, 400);
        EvidenceFile stored = evidence.attach(review.ref(), photo, List.of("p1"), null, ProgressMonitor.NONE);
        Path out = evidence.openContent(stored.sha256(), stored.originalName());
        assertThat(out.getFileName().toString()).endsWith(".png");
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(photo));

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(evidence.thumbnail(stored.sha256(), 160).orElseThrow()));
        assertThat(thumb.getWidth()).isEqualTo(160);
        assertThat(thumb.getHeight()).isEqualTo(80);

        Path pdf = Files.write(dir.resolve("minutes.pdf"), "%PDF-1.4\n%%EOF\n".getBytes());
        EvidenceFile minutes = evidence.attach(review.ref(), pdf, List.of(), null, ProgressMonitor.NONE);
        assertThat(minutes.mediaType()).isEqualTo("application/pdf");
        assertThat(evidence.thumbnail(minutes.sha256(), 160)).isEmpty();
        Path jpeg = Files.write(dir.resolve("no-extension"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        assertThat(evidence.attach(review.ref(), jpeg, List.of(), null, ProgressMonitor.NONE).mediaType()).isEqualTo("image/jpeg");
        Path docx = Files.write(dir.resolve("plan.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(evidence.attach(review.ref(), docx, List.of(), null, ProgressMonitor.NONE).mediaType())
                .isEqualTo(MediaTypes.DOCX);
    }

    @Test
    void filesOverTheLimitAreRefusedAndNothingIsStored() throws IOException {
        Review review = startWolverhampton();
        assertThat(evidence.maxBytes()).isEqualTo(200L * 1024 * 1024);
        evidence.setMaxBytes(1024);
        assertThat(evidence.maxBytes()).isEqualTo(1024);
        Path big = Files.write(dir.resolve("video.mp4"), new byte[2048]);
        assertThatThrownBy(() -> evidence.attach(review.ref(), big, List.of("p1"), null, ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“video.mp4” is 2 KB, over the limit of 1 KB for an evidence file; nothing was stored.");
        assertThat(blobCount()).isZero();
        assertThat(evidenceRows()).isZero();
        assertThatThrownBy(() -> evidence.setMaxBytes(0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unreadableOrMissingFilesAreRefusedInPlainWords() {
        Review review = startWolverhampton();
        assertThatThrownBy(() -> evidence.attach(review.ref(), dir.resolve("gone.jpg"), List.of(), null, ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("“gone.jpg” cannot be read. Check that the file exists and is not open elsewhere; nothing was stored.");
        assertThatThrownBy(() -> evidence.attach(review.ref(), dir, List.of(), null, ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evidence.attach(review.ref(), dir.resolve("x"), List.of("nope"), null, ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(blobCount()).isZero();
    }

    @Test
    void cancellingStoresNothing() throws IOException {
        Review review = startWolverhampton();
        Path file = Files.write(dir.resolve("big.bin"), new byte[1024 * 1024]);
        ProgressMonitor cancelHalfway = RecordingMonitor.recording().cancelWhen(m -> m.lastDone() > 300_000);
        assertThatThrownBy(() -> evidence.attach(review.ref(), file, List.of("p1"), null, cancelHalfway))
                .isInstanceOf(CancelledException.class);
        assertThat(blobCount()).isZero();
        assertThat(evidenceRows()).isZero();
        assertThat(reviews.auditTrail(review.id())).hasSize(1);
    }

    @Test
    void aSanitizerCanReplaceTheContentAndSayMetadataWasRemoved() throws IOException {
        Path cleaned = dir.resolve("cleaned.bin");
        EvidenceService stripping = new EvidenceService(reviews, (file, mediaType) -> {
            Files.writeString(cleaned, "cleaned content");
            return new EvidenceSanitizer.Sanitized(cleaned, true);
        });
        Review review = startWolverhampton();
        Path photo = png(dir.resolve("exif.png"), 10, 10);
        EvidenceFile stored = stripping.attach(review.ref(), photo, List.of(), null, ProgressMonitor.NONE);
        assertThat(stored.metadataRemoved()).isTrue();
        assertThat(stored.sizeBytes()).isEqualTo("cleaned content".length());
        assertThat(evidence.openContent(stored.sha256())).hasContent("cleaned content");
        assertThat(cleaned).doesNotExist();
    }

    private long blobCount() {
        return workspace.database().dsl().fetchCount(EVIDENCE_BLOB);
    }

    private long evidenceRows() {
        return workspace.database().dsl().fetchCount(EVIDENCE);
    }

    static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
