package org.charterreviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.report.PageFlow.Column;
import org.charterreviewer.report.PageFlow.Run;
import org.charterreviewer.report.PageFlow.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page flow's layout rules, checked on real PDFs read back with PDFBox. */
class PageFlowTest {

    @TempDir
    Path dir;

    private Style body;
    private Style heading;
    private Style subheading;
    private Style cell;

    @Test
    void headingsFollowedByHeadingsAreNeverLeftAtTheFootOfAPage() throws Exception {
        // Paragraphs of 1 to 45 lines put the headings at every height on the pages in turn.
        ReportPdf pdf = draw(flow -> {
            for (int k = 1; k <= 45; k++) {
                flow.text(String.join("\n", IntStream.range(0, k).mapToObj(i -> "filler line " + i).toList()), body, 0);
                flow.gap(12);
                flow.heading("Section heading", heading, 1, 0, "H2");
                flow.gap(6);
                flow.heading("Item heading", subheading, 0, 0, "H3");
                flow.text("What the item says, on one line.", body, 0);
            }
        });
        assertThat(pdf.pages).isGreaterThan(5);
        ReviewReportTest.assertNoOrphanHeadings(pdf);
    }

    @Test
    void aTableRowThatFitsOnAPageIsNeverSplitAndALongerOneNeverLeavesOneLineAlone() throws Exception {
        int rows = 70;
        int giantLines = 150;
        ReportPdf pdf = draw(flow -> {
            List<List<List<Run>>> table = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String name = "row" + rowName(r);
                String lines = String.join("\n", IntStream.rangeClosed(1, 3 + r % 3).mapToObj(l -> name + " line" + l).toList());
                table.add(List.of(List.of(new Run(lines, cell)), List.of(new Run("second column", cell))));
            }
            table.add(List.of(List.of(new Run(String.join("\n", IntStream.rangeClosed(1, giantLines)
                    .mapToObj(l -> "giant line" + l).toList()), cell)), List.of(new Run("end", cell))));
            flow.table(List.of(new Column("First", 0.6f), new Column("Second", 0.4f)), cell, cell, table, null, 0);
        });
        for (int r = 0; r < rows; r++) {
            String row = "row" + rowName(r) + " ";
            List<Integer> pages = pagesContaining(pdf, row);
            assertThat(pages).as("pages holding %s", row).hasSize(1);
        }
        List<Integer> giantPages = pagesContaining(pdf, "giant ");
        assertThat(giantPages.size()).isGreaterThan(1);
        for (int page : giantPages) {
            long lines = pdf.pageTexts.get(page).lines().filter(l -> l.startsWith("giant ")).count();
            assertThat(lines).as("lines of the giant row on page %d", page + 1).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void fileNamesAndMediaTypesBreakAfterPunctuationNotInsideWords() throws Exception {
        List<String> names = List.of("complaints-procedure.pdf", "pupils_council_minutes_autumn.docx",
                "application/vnd.ms-excel.sheet.macroEnabled.12", "image/svg+xml");
        ReportPdf pdf = draw(flow -> flow.table(List.of(new Column("Name", 0.15f), new Column("Rest", 0.85f)),
                cell, cell, names.stream().map(n -> List.<List<Run>>of(List.of(new Run(n, cell)), List.of())).toList(),
                null, 0));
        List<String> lines = pdf.pageTexts.get(0).lines().map(String::strip).toList();
        assertThat(lines).containsSubsequence("complaints-", "procedure.pdf");
        for (String name : names) {
            int first = lines.indexOf(lines.stream().filter(l -> !l.isEmpty() && name.startsWith(l)).findFirst().orElseThrow());
            StringBuilder joined = new StringBuilder();
            for (int i = first; joined.length() < name.length(); i++) {
                String piece = lines.get(i);
                joined.append(piece);
                if (joined.length() < name.length()) {
                    assertThat("-_./+").as("%s breaks after \"%s\"", name, piece).contains(piece.substring(piece.length() - 1));
                }
            }
            assertThat(joined.toString()).isEqualTo(name);
        }
    }

    private static String rowName(int r) {
        // Letters, so "row1 " never matches inside "row11 ".
        return Integer.toString(r + 10, 36).toUpperCase(java.util.Locale.ROOT) + "x";
    }

    private static List<Integer> pagesContaining(ReportPdf pdf, String text) {
        List<Integer> pages = new ArrayList<>();
        for (int p = 0; p < pdf.pages; p++) {
            if (pdf.pageTexts.get(p).contains(text)) {
                pages.add(p);
            }
        }
        return pages;
    }

    private ReportPdf draw(Consumer<PageFlow> content) throws Exception {
        Path file = dir.resolve("flow.pdf");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.loadInto(document);
            body = new Style(fonts.sans(), 10, 14, Color.BLACK);
            heading = new Style(fonts.sansBold(), 16, 22, Color.BLACK);
            subheading = new Style(fonts.sansBold(), ReviewReportRenderer.SMALLEST_HEADING_SIZE, 16, Color.BLACK);
            cell = new Style(fonts.sans(), 8.5f, 11, Color.BLACK);
            PdfStructure structure = new PdfStructure(document);
            PageFlow flow = new PageFlow(document, fonts, structure);
            content.accept(flow);
            flow.finish();
            structure.finish();
            document.save(file.toFile());
        }
        return new ReportPdf(file);
    }
}
