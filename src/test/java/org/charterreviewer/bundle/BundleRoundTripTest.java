package org.charterreviewer.bundle;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewJsonWriter;
import org.junit.jupiter.api.Test;

class BundleRoundTripTest extends BundleTestBase {

    @Test
    void aBundleExportedHereImportsThereWithEveryFieldAndEveryByteIdentical() throws IOException {
        Path bundle = export(false);

        BundleImporter.Imported imported = bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE);

        assertThat(imported.alreadyPresent()).isFalse();
        assertThat(imported.charterAdded()).isFalse(); // the sample charter ships with every install
        assertThat(imported.review().schoolCreated()).isTrue();
        Review copy = bundlesThere.reviews().revision(review.id(), review.revision());
        assertThat(json(bundlesThere, copy)).isEqualTo(json(bundlesHere, review));
        assertThat(copy.evidence()).hasSize(4);
        for (EvidenceFile file : review.evidence()) {
            assertThat(content(bundlesThere, file.sha256())).isEqualTo(content(bundlesHere, file.sha256()));
        }
        assertThat(imported.bundle().signedBy()).isEqualTo("Siân O’Brien");
        assertThat(imported.bundle().signerCouncil()).isEqualTo("City of Wolverhampton Council");
        assertThat(imported.bundle().ownIdentity()).isFalse();
        assertThat(bundlesHere.verifier().verify(bundle, ProgressMonitor.NONE).ownIdentity()).isTrue();
    }

    @Test
    void theBundleIsAPlainZipWithReadableSafeEvidenceNames() throws IOException {
        Map<String, byte[]> entries = BundleFixture.entries(export(false));

        assertThat(entries.keySet()).containsExactlyInAnyOrder("review.json", "charter.json", "evidence/photo.jpg",
                "evidence/photo (2).jpg", "evidence/_CON.txt", "evidence/" + BundleFixture.INTERNAL_FILE,
                "manifest.json", "manifest.json.p7s");
        assertThat(new String(entries.get("charter.json"), StandardCharsets.UTF_8))
                .isEqualTo(here.charters().find(review.charter().id(), review.charter().version()).orElseThrow().jsonText());
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"formatVersion\" : 1", "\"redacted\" : false", "Siân O’Brien");
    }

    @Test
    void theRedactedBundleCarriesNoInternalNoteNoUnconsentedVoiceAndNoInternalEvidence() throws IOException {
        Map<String, byte[]> entries = BundleFixture.entries(export(true));

        assertThat(entries.keySet()).noneMatch(name -> name.contains("INTERNAL"));
        for (var entry : entries.entrySet()) {
            String text = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(text).as(entry.getKey()).doesNotContain("INTERNAL-NOTE", "NO-CONSENT-VOICE",
                    "INTERNAL-EVIDENCE-BYTES", BundleFixture.INTERNAL_FILE);
        }
        String reviewJson = new String(entries.get("review.json"), StandardCharsets.UTF_8);
        assertThat(reviewJson).contains(BundleFixture.PUBLIC_NOTE, BundleFixture.SHARED_VOICE);
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains("\"redacted\" : true");
        assertThat(bundlesThere.verifier().verify(dir.resolve("redacted.zip"), ProgressMonitor.NONE).redacted()).isTrue();
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        Path bundle = export(false);
        bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE);
        String before = BundleFixture.snapshot(there);

        BundleImporter.Imported again = bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE);

        assertThat(again.alreadyPresent()).isTrue();
        assertThat(BundleFixture.snapshot(there)).isEqualTo(before);
    }

    @Test
    void aBundleOfAnotherRevisionKeepsBothRevisions() {
        bundlesThere.importer().importBundle(export(false), ProgressMonitor.NONE);
        var reviews = bundlesHere.reviews();
        reviews.recordDecision(review.ref(), Decision.NOT_YET, "Keep going", null);
        reviews.finalise(review.ref());
        review = reviews.amend(review.id(), "Late evidence from the family forum");
        reviews.addReviewNote(review.ref(), "Revision two note", false);
        review = reviews.latest(review.id());

        BundleImporter.Imported second = bundlesThere.importer().importBundle(export(false), ProgressMonitor.NONE);

        assertThat(second.review().revision()).isEqualTo(2);
        assertThat(bundlesThere.reviews().revisions(review.id())).hasSize(2);
        assertThat(bundlesThere.reviews().revision(review.id(), 1).notes()).noneMatch(n -> n.body().equals("Revision two note"));
        assertThat(bundlesThere.reviews().revision(review.id(), 2).notes()).anyMatch(n -> n.body().equals("Revision two note"));
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("out").resolve("cancelled.zip");
        ProgressMonitor cancelHalfWay = RecordingMonitor.recording().cancelWhen(m -> m.lastDone() > 100_000);

        assertThatThrownBy(() -> bundlesHere.exporter().export(review, false, BundleAttachments.NONE, identity, out,
                cancelHalfWay)).isInstanceOf(CancelledException.class);

        assertThat(out).doesNotExist();
        try (var files = Files.list(out.getParent())) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("out").resolve("failed.zip");
        BundleAttachments broken = new BundleAttachments(java.util.Optional.of(() -> {
            throw new IOException("disk gone");
        }), java.util.Optional.empty());

        assertThatThrownBy(() -> bundlesHere.exporter().export(review, false, broken, identity, out, ProgressMonitor.NONE))
                .hasMessageContaining("certificate.pdf cannot be read");

        assertThat(out).doesNotExist();
    }

    @Test
    void attachmentsAreCarriedAndListed() throws IOException {
        byte[] pdf = BundleFixture.onePagePdf();
        Path bundle = bundlesHere.exporter().export(review, false,
                new BundleAttachments(java.util.Optional.empty(), java.util.Optional.of(BundleAttachments.Source.of(pdf))),
                identity, dir.resolve("with-report.zip"), ProgressMonitor.NONE).file();

        assertThat(BundleFixture.entries(bundle).get("report.pdf")).isEqualTo(pdf);
        assertThat(bundlesThere.verifier().verify(bundle, ProgressMonitor.NONE).ok()).isTrue();
    }

    private static String json(Bundles bundles, Review review) {
        return new String(new ReviewJsonWriter(org.charterreviewer.json.JsonMapperFactory.create())
                .write(ReviewJsonWriter.document(review, bundles.reviews().revisions(review.id()))), StandardCharsets.UTF_8);
    }

    private static byte[] content(Bundles bundles, String sha256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bundles.evidence().copyContent(sha256, out);
        return out.toByteArray();
    }

    static List<String> names(Map<String, byte[]> entries) {
        return List.copyOf(entries.keySet());
    }
}
