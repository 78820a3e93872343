package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.protection.PhotoMetadataStripperTest;
import org.charterreviewer.review.EvidenceFile;
import org.junit.jupiter.api.Test;

/**
 * A bundle from another install (signed, intact) whose photo still carries its comment, camera and
 * GPS details: the import stores the photo clean, like one attached in the window.
 */
class BundlePhotoCleaningTest extends BundleTestBase {

    private static final List<String> HIDDEN = List.of("GPS-CAMERA-MAKER", "Model-X100", "Mrs Smith");

    @Test
    void aPhotoArrivingInABundleIsStoredWithoutItsHiddenDetails() throws Exception {
        byte[] photo = PhotoMetadataStripperTest.photoWithLocationAndComment();
        byte[] reserved = "reserved name".getBytes(StandardCharsets.UTF_8);
        Path bundle = BundleFixture.tamperAndResign(export(false), dir.resolve("photo.zip"), identity, here, entries -> {
            String entry = entries.entrySet().stream().filter(e -> Arrays.equals(e.getValue(), reserved))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            entries.put(entry, photo);
            try {
                ObjectNode document = (ObjectNode) here.json().readTree(entries.get("review.json"));
                for (JsonNode part : document.withArray("evidence")) {
                    if (part.get("name").asText().equals("CON.txt")) {
                        ((ObjectNode) part).put("sha256", BundleFixture.sha(photo)).put("size", photo.length)
                                .put("mediaType", "image/jpeg").put("metadataRemoved", false);
                    }
                }
                entries.put("review.json", document.toPrettyString().getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        BundleImporter.Imported imported = bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE);

        EvidenceFile stored = there.reviews().revision(imported.review().ref()).evidence().stream()
                .filter(e -> e.originalName().equals("CON.txt")).findFirst().orElseThrow();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        there.evidence().copyContent(stored.sha256(), content);
        String text = content.toString(StandardCharsets.ISO_8859_1);
        assertThat(stored.metadataRemoved()).isTrue();
        assertThat(stored.sha256()).isNotEqualTo(BundleFixture.sha(photo)).isEqualTo(BundleFixture.sha(content.toByteArray()));
        assertThat(HIDDEN).noneMatch(text::contains);
        assertThat(bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE).alreadyPresent())
                .as("importing the same bundle again").isTrue();
    }
}
