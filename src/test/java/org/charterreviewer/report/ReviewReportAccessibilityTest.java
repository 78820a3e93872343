package org.charterreviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.pdf.StructureElements;
import org.charterreviewer.pdf.VeraPdf;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The report as a tagged PDF: what veraPDF says of it, and the structure a screen reader walks. */
class ReviewReportAccessibilityTest {

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data"))
                .withClock(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private byte[] export(Review review) throws Exception {
        Path out = dir.resolve("report-" + review.id() + ".pdf");
        workspace.reports().export(review.id(), Optional.empty(), out, ProgressMonitor.NONE);
        return Files.readAllBytes(out);
    }

    @Test
    void theFullReportIsPdfA2aAndPdfUa1ForVeraPdf() throws Exception {
        byte[] pdf = export(ReportFixtures.awardedReview(workspace, Files.createDirectories(dir.resolve("files"))));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aPledgeReportWithContextOnlySectionsIsPdfA2aAndPdfUa1ForVeraPdf() throws Exception {
        byte[] pdf = export(workspace.reviews().latest(CertificateReviews.pledge(workspace)));
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void headingsListsTableHeadersAndDescribedThumbnailsAreTagged() throws Exception {
        byte[] bytes = export(ReportFixtures.awardedReview(workspace, Files.createDirectories(dir.resolve("files"))));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
                            "<pdfaid:conformance>A</pdfaid:conformance>");
            assertThat(catalog.getOutputIntents()).hasSize(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getStructParents()).isGreaterThanOrEqualTo(0);
            }
            List<PDStructureElement> elements = StructureElements.inReadingOrder(document);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types.stream().filter(t -> t.matches("H\\d")).findFirst()).contains("H1");
            assertThat(types).contains("H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TD");
            // Six columns in the evidence index and five in the actions table, each header tagged once.
            assertThat(types.stream().filter("TH"::equals).count()).isEqualTo(11);
            List<PDStructureElement> figures = elements.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertThat(figures).hasSize(1);
            assertThat(figures.get(0).getAlternateDescription())
                    .isEqualTo("Thumbnail of the picture pupils-council.png: Pupils’ council meeting board");
            assertThat(figures.get(0).getParent()).isInstanceOfSatisfying(PDStructureElement.class,
                    cell -> assertThat(cell.getStructureType()).isEqualTo("TD"));
        }
    }
}
