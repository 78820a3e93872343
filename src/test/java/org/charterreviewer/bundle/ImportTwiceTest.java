package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ImportResult;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;

/**
 * Importing the same bundle or review file again changes nothing, redacted or not, into an encrypted
 * data folder closed and opened again between the two imports, as two runs of the command line do.
 */
class ImportTwiceTest extends BundleTestBase {

    private Workspace openEncrypted() {
        return Workspace.open(WorkspaceOptions.at(dir.resolve("encrypted")).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    /** Imports twice, reopening between; the second import finds it unchanged and the database is the same. */
    private void importTwice(Function<Workspace, ImportResult> importer) {
        String afterFirst;
        try (Workspace workspace = openEncrypted()) {
            assertThat(importer.apply(workspace).unchanged()).as("first import adds it").isFalse();
            afterFirst = BundleFixture.snapshot(workspace);
        }
        try (Workspace workspace = openEncrypted()) {
            assertThat(importer.apply(workspace).unchanged()).as("second import: already present").isTrue();
            assertThat(BundleFixture.snapshot(workspace)).isEqualTo(afterFirst);
        }
    }

    /** The first evidence file made internal, so a redacted bundle leaves a gap in the evidence numbers. */
    private void makeFirstEvidenceInternal() {
        long first = review.evidence().get(0).id();
        bundlesHere.evidence().setInternal(review.ref(), first, true);
        review = bundlesHere.reviews().latest(review.id());
    }

    @Test
    void aFullBundleImportedTwiceChangesNothing() {
        Path bundle = export(false);
        importTwice(workspace -> Bundles.of(workspace).importer().importBundle(bundle, ProgressMonitor.NONE).review());
    }

    @Test
    void aRedactedBundleImportedTwiceChangesNothing() {
        makeFirstEvidenceInternal();
        Path bundle = export(true);
        importTwice(workspace -> Bundles.of(workspace).importer().importBundle(bundle, ProgressMonitor.NONE).review());
    }

    @Test
    void aRedactedBundleWithItsCertificateImportedTwiceChangesNothing() throws IOException {
        makeFirstEvidenceInternal();
        Path report = Files.write(dir.resolve("report.pdf"), BundleFixture.onePagePdf());
        Path bundle = bundlesHere.exporter().export(review, true, BundleAttachments.of(null, report), identity,
                dir.resolve("with-report.zip"), ProgressMonitor.NONE).file();
        importTwice(workspace -> Bundles.of(workspace).importer().importBundle(bundle, ProgressMonitor.NONE).review());
    }

    @Test
    void aReviewFileImportedTwiceChangesNothingWhateverItsEvidenceNumbers() throws IOException {
        Path file = dir.resolve("out").resolve("review.json");
        Files.createDirectories(file.getParent());
        here.reviewFiles().export(review, file, true);
        // Another tool may number evidence as it likes; the numbers only tie links to files.
        JsonNode document = here.json().readTree(file.toFile());
        document.get("evidence").forEach(e -> ((ObjectNode) e).put("id", e.get("id").asInt() * 10 + 3));
        document.get("evidenceLinks").forEach(l -> ((ObjectNode) l).put("evidence", l.get("evidence").asInt() * 10 + 3));
        here.json().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
        assertThat(ReviewExchange.contentFolder(file)).isDirectory();

        importTwice(workspace -> workspace.reviewFiles().importFile(file));
    }
}
