package org.charterreviewer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A report PDF read back with PDFBox: its text per page, every glyph's position, and its lines
 * (glyphs sharing a baseline) with the largest font size on each, for layout checks.
 */
final class ReportPdf {

    /** One glyph as placed: x and baseline y measured from the top-left corner, in points. */
    record Glyph(int page, String text, float x, float y, float width, float fontSize, String fontName) {
    }

    /** The glyphs on one baseline of a page. */
    record TextLine(int page, float y, String text, float maxFontSize, boolean bold) {
    }

    final Path file;
    final int pages;
    final float pageWidth;
    final float pageHeight;
    final List<String> pageTexts = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();
    final int images;
    final String title;
    final String language;

    ReportPdf(Path file) throws IOException {
        this.file = file;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            pages = document.getNumberOfPages();
            pageWidth = document.getPage(0).getMediaBox().getWidth();
            pageHeight = document.getPage(0).getMediaBox().getHeight();
            title = document.getDocumentInformation().getTitle();
            language = document.getDocumentCatalog().getLanguage();
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(document));
            }
            Collector collector = new Collector();
            collector.getText(document);
            int count = 0;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
            images = count;
        }
    }

    /** All text, with every run of white space as one space (lines wrap anywhere). */
    String flatText() {
        return flat(String.join(" ", pageTexts));
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    List<TextLine> lines() {
        Map<String, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : glyphs) {
            byLine.computeIfAbsent(g.page() + ":" + Math.round(g.y()), k -> new ArrayList<>()).add(g);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<Glyph> line : byLine.values()) {
            StringBuilder text = new StringBuilder();
            float max = 0;
            boolean bold = false;
            for (Glyph g : line) {
                text.append(g.text());
                if (g.fontSize() > max) {
                    max = g.fontSize();
                    bold = g.fontName().contains("Bold");
                }
            }
            lines.add(new TextLine(line.get(0).page(), line.get(0).y(), text.toString(), max, bold));
        }
        return lines;
    }

    private final class Collector extends PDFTextStripper {
        Collector() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(),
                        t.getWidthDirAdj(), t.getFontSizeInPt(), t.getFont().getName()));
            }
            super.writeString(text, positions);
        }
    }
}
