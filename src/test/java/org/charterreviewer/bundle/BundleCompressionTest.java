package org.charterreviewer.bundle;

import org.charterreviewer.review.RevisionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.charterreviewer.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Already-compressed evidence travels uncompressed; the rest is deflated; both arrive byte for byte. */
class BundleCompressionTest extends BundleTestBase {

    @Test
    void aPdfIsCarriedAsItIsAndATextFileIsDeflated() throws IOException {
        // Both very compressible, so only the media type decides: a PDF is taken as compressed already.
        byte[] pdf = ("%PDF-1.7\n" + " ".repeat(300_000)).getBytes(StandardCharsets.US_ASCII);
        byte[] text = "the same line again\n".repeat(15_000).getBytes(StandardCharsets.US_ASCII);
        Path files = Files.createDirectories(dir.resolve("more"));
        RevisionRef key = review.ref();
        bundlesHere.evidence().attach(key, Files.write(files.resolve("scan.pdf"), pdf), List.of(), null,
                ProgressMonitor.NONE);
        bundlesHere.evidence().attach(key, Files.write(files.resolve("minutes.txt"), text), List.of(), null,
                ProgressMonitor.NONE);
        review = bundlesHere.reviews().latest(review.id());

        Path bundle = export(false);

        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            var pdfEntry = zip.getEntry("evidence/scan.pdf");
            var textEntry = zip.getEntry("evidence/minutes.txt");
            assertThat(pdfEntry.getCompressedSize()).isGreaterThanOrEqualTo(pdf.length);
            assertThat(textEntry.getCompressedSize()).isLessThan(text.length / 10);
        }
        assertThat(BundleFixture.entries(bundle).get("evidence/scan.pdf")).isEqualTo(pdf);
        assertThat(BundleFixture.entries(bundle).get("evidence/minutes.txt")).isEqualTo(text);
        assertThat(bundlesThere.importer().importBundle(bundle, ProgressMonitor.NONE).alreadyPresent()).isFalse();
    }
}
