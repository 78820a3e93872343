package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.charterreviewer.bundle.BundleAttachments;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.ImportResult;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo carrying a comment, camera details and a GPS location that arrives inside a review file
 * written elsewhere is stored clean, exactly as one attached in the window would be; the stored review
 * names the cleaned content, importing the file again changes nothing, and a redacted bundle made from
 * it carries no location or camera data.
 */
class ImportedPhotosAreCleanedTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final List<String> HIDDEN = List.of("GPS-CAMERA-MAKER", "Model-X100", "Mrs Smith");

    @TempDir
    Path dir;

    @Test
    void aPhotoImportedWithAReviewIsStoredCleanAndNeverLeavesInARedactedBundle() throws Exception {
        byte[] photo = PhotoMetadataStripperTest.photoWithLocationAndComment();
        assertThat(HIDDEN).allMatch(text -> contains(photo, text));
        Path file = dir.resolve("export/review.json");
        try (Workspace elsewhere = Workspace.open(WorkspaceOptions.at(dir.resolve("elsewhere")))) {
            long school = ErasureFixtures.school(elsewhere, "Low Hill Nursery School");
            Review review = ErasureFixtures.review(elsewhere, school, LocalDate.of(2026, 3, 9));
            ErasureFixtures.attachRandom(elsewhere, review, Files.createDirectories(dir.resolve("files")), "p.jpg", 7);
            elsewhere.reviewFiles().export(elsewhere.reviews().revision(review.ref()), file, true);
        }
        // The other install did not clean it (an older version, or another tool): the file carries the photo as taken.
        String sha = sha256(photo);
        ObjectNode document = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        ObjectNode part = (ObjectNode) document.withArray("evidence").get(0);
        part.put("name", "playground.jpg").put("sha256", sha).put("size", photo.length).put("mediaType", "image/jpeg")
                .put("metadataRemoved", false);
        Files.writeString(file, document.toPrettyString());
        Files.write(ReviewExchange.contentFolder(file).resolve(sha), photo);

        try (Workspace here = Workspace.open(WorkspaceOptions.at(dir.resolve("here")))) {
            ImportResult imported = here.reviewFiles().importFile(file);
            EvidenceFile stored = here.reviews().revision(imported.ref()).evidence().get(0);
            byte[] content = content(here, stored);
            assertThat(stored.metadataRemoved()).isTrue();
            assertThat(stored.sha256()).isNotEqualTo(sha).isEqualTo(sha256(content));
            assertThat(stored.sizeBytes()).isEqualTo(content.length);
            assertThat(HIDDEN).noneMatch(text -> contains(content, text));
            assertThat(here.database().dsl().fetchCount(org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB))
                    .as("the photo as taken is not stored").isEqualTo(1);

            assertThat(here.reviewFiles().importFile(file).unchanged()).as("importing the same file again").isTrue();

            // Cleaning a clean photo changes nothing, so the review travels on byte for byte (its SHA-256 holds).
            Path onward = dir.resolve("onward/review.json");
            Review held = here.reviews().revision(imported.ref());
            here.reviewFiles().export(held, onward, true);
            try (Workspace third = Workspace.open(WorkspaceOptions.at(dir.resolve("third")))) {
                Review arrived = third.reviews().revision(third.reviewFiles().importFile(onward).ref());
                assertThat(third.reviewFiles().canonicalSha256(arrived)).isEqualTo(here.reviewFiles().canonicalSha256(held));
            }

            here.identity().create("Siân O’Brien", "SEND Officer", "City of Wolverhampton Council", PASSPHRASE.clone(),
                    Optional.empty(), false);
            Path bundle = Bundles.of(here).exporter().export(here.reviews().revision(imported.ref()), true,
                    BundleAttachments.NONE, here.identity().unlock(PASSPHRASE.clone()), dir.resolve("redacted.zip"),
                    ProgressMonitor.NONE).file();
            List<String> entries = new ArrayList<>();
            try (ZipFile zip = new ZipFile(bundle.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    entries.add(entry.getName());
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    assertThat(HIDDEN).as(entry.getName()).noneMatch(text -> contains(bytes, text));
                }
            }
            assertThat(entries).contains("evidence/playground.jpg");
        }
    }

    private static byte[] content(Workspace workspace, EvidenceFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workspace.evidence().copyContent(file.sha256(), out);
        return out.toByteArray();
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
