package org.charterreviewer.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.report.LineWrapper.Line;
import org.charterreviewer.report.LineWrapper.Word;

/**
 * Flows headings, paragraphs, lists and tables down A4 portrait pages inside fixed margins, tagging
 * each as it is drawn so the structure follows the reading order. A heading waits until what
 * follows it is placed, so it is never left alone at the foot of a page; long paragraphs split
 * across pages. Headers and footers are drawn afterwards, once the page count is known.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 56;
    /** The body's top and bottom; the header and footer sit in the space outside them. */
    static final float BODY_TOP = PAGE.getHeight() - 72;
    static final float BODY_BOTTOM = 68;
    static final float BODY_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    static final Color RULE = new Color(0xB0, 0xB8, 0xC0);

    /** A font, size, line height and colour. */
    record Style(PDFont font, float size, float leading, Color color) {
    }

    /** A piece of text in one style; a paragraph is a list of runs. */
    record Run(String text, Style style) {
    }

    /** A heading that was drawn, for the document outline. */
    record Mark(String title, int level, PDPage page, float top) {
    }

    /** A table column: its header and share of the width. */
    record Column(String header, float share) {
    }

    /** An image with the words a screen reader says for it. */
    record Figure(PDImageXObject image, String description) {
    }

    /** What waits to be drawn with the content that follows it: a heading or the space before one. */
    private record Pending(String title, List<Line> lines, int level, float keepWithNext, String tag, float gap,
            Container container) {
        float height() {
            return gap + (float) lines.stream().mapToDouble(Line::height).sum();
        }
    }

    /** A structure element made only when its first content is drawn, so it follows any waiting heading. */
    private final class Container {
        private final String type;
        private final Container parent;
        private PDStructureElement element;

        Container(String type, Container parent, PDStructureElement element) {
            this.type = type;
            this.parent = parent;
            this.element = element;
        }

        PDStructureElement element() {
            if (element == null) {
                element = structure.add(parent.element(), type);
            }
            return element;
        }
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final LineWrapper wrapper;
    private final PdfStructure structure;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Deque<Container> containers = new ArrayDeque<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PdfFonts fonts, PdfStructure structure) {
        this.document = document;
        this.fonts = fonts;
        this.wrapper = new LineWrapper(fonts);
        this.structure = structure;
        containers.push(new Container(PdfStructure.DOCUMENT, null, structure.document()));
        newPage();
    }

    List<PDPage> pages() {
        return pages;
    }

    List<Mark> marks() {
        return marks;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PdfStructure structure() {
        return structure;
    }

    List<Line> wrap(List<Run> runs, float width) {
        return wrapper.wrap(runs, width);
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(document, page);
            y = BODY_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) {
        if (y - height < BODY_BOTTOM && y < BODY_TOP) {
            newPage();
        }
    }

    /** Vertical space; at the bottom of a page it is simply dropped. Before a waiting heading it waits too. */
    void gap(float height) {
        if (!pending.isEmpty()) {
            pending.add(new Pending(null, List.of(), 0, 0, null, height, null));
            return;
        }
        y -= height;
        if (y < BODY_BOTTOM) {
            newPage();
        }
    }

    /**
     * A heading of structure type {@code tag}, kept on the same page as at least
     * {@code keepWithNext} points of what follows (and always as the first line or table row that
     * follows, and any headings between), remembered for the outline at {@code level} (0 for none).
     * It is drawn when the next content is placed.
     */
    void heading(String text, Style style, int level, float keepWithNext, String tag) {
        pending.add(new Pending(text, wrap(List.of(new Run(text, style)), BODY_WIDTH), level, keepWithNext, tag, 0,
                containers.peek()));
    }

    /** Makes sure waiting headings and {@code next} points of what follows them share a page, then draws the headings. */
    void flushPending(float next) {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> waiting = List.copyOf(pending);
        pending.clear();
        float height = 0;
        float keep = 0;
        for (Pending p : waiting) {
            height += p.height();
            if (p.title() != null) {
                keep = p.keepWithNext();
            }
        }
        ensure(height + Math.max(next, keep));
        for (Pending p : waiting) {
            if (p.title() == null) {
                gap(p.gap());
                continue;
            }
            if (p.level() > 0) {
                marks.add(new Mark(p.title(), p.level(), page(), y));
            }
            // In the container it was given in, even if a list has started since.
            PDStructureElement heading = structure.add(p.container().element(), p.tag());
            for (Line line : p.lines()) {
                drawLine(line, MARGIN_X, y, heading);
                y -= line.height();
            }
        }
    }

    /** A paragraph of plain text; line breaks in it start new lines. */
    void text(String text, Style style, float indent) {
        paragraph(List.of(new Run(text, style)), indent);
    }

    /** A paragraph of runs, wrapped to the body width less {@code indent}, split across pages as needed. */
    void paragraph(List<Run> runs, float indent) {
        List<Line> lines = wrap(runs, BODY_WIDTH - indent);
        flushPending(firstLines(lines));
        drawLines(lines, MARGIN_X + indent, structure.add(containers.peek().element(), PdfStructure.PARAGRAPH));
    }

    /** Starts a list; {@link #listItem} adds to it until {@link #endList}. */
    void beginList() {
        containers.push(new Container(PdfStructure.LIST, containers.peek(), null));
    }

    void endList() {
        containers.pop();
    }

    /** One item of the current list, drawn like an indented paragraph. */
    void listItem(List<Run> runs, float indent) {
        List<Line> lines = wrap(runs, BODY_WIDTH - indent);
        flushPending(firstLines(lines));
        PDStructureElement item = structure.add(containers.peek().element(), PdfStructure.LIST_ITEM);
        drawLines(lines, MARGIN_X + indent, structure.add(item, PdfStructure.LIST_BODY));
    }

    /** A new element of {@code type} in the current container, after any waiting heading. */
    PDStructureElement open(String type) {
        return structure.add(containers.peek().element(), type);
    }

    /** A table; see {@link PageTable}. */
    void table(List<Column> columns, Style headerStyle, Style cellStyle, List<List<List<Run>>> rows,
            List<Figure> images, float imageBox) {
        new PageTable(this).draw(columns, headerStyle, cellStyle, rows, images, imageBox);
    }

    private static float firstLines(List<Line> lines) {
        return (float) lines.stream().limit(2).mapToDouble(Line::height).sum();
    }

    private void drawLines(List<Line> lines, float x, PDStructureElement element) {
        for (Line line : lines) {
            if (y - line.height() < BODY_BOTTOM) {
                newPage();
            }
            drawLine(line, x, y, element);
            y -= line.height();
        }
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    PDPage page() {
        return pages.get(pages.size() - 1);
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** A horizontal rule across the body at {@code atY}, as decoration. */
    void rule(float atY, float width) {
        structure.beginArtifact(stream);
        try {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(width);
            stream.moveTo(MARGIN_X, atY);
            stream.lineTo(MARGIN_X + BODY_WIDTH, atY);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        structure.end(stream);
    }

    /**
     * Draws one line whose box starts at {@code top}, as content of {@code element} (null: an
     * artifact); the baseline sits about 80% down the font size.
     */
    void drawLine(Line line, float x, float top, PDStructureElement element) {
        if (line.words().isEmpty()) {
            return;
        }
        float size = (float) line.words().stream().mapToDouble(w -> w.style().size()).max().orElse(10);
        float baseline = top - (line.height() - size) / 2 - size * 0.8f;
        if (element == null) {
            structure.beginArtifact(stream);
        } else {
            structure.begin(stream, page(), element);
        }
        try {
            stream.beginText();
            stream.newLineAtOffset(x, baseline);
            Style current = null;
            StringBuilder segment = new StringBuilder();
            for (int i = 0; i < line.words().size(); i++) {
                Word word = line.words().get(i);
                if (current != null && !word.style().equals(current)) {
                    show(segment, current);
                }
                if (i > 0) {
                    segment.append(' ');
                }
                segment.append(word.text());
                current = word.style();
            }
            show(segment, current);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        structure.end(stream);
    }

    private void show(StringBuilder segment, Style style) throws IOException {
        if (segment.length() == 0) {
            return;
        }
        stream.setFont(style.font(), style.size());
        stream.setNonStrokingColor(style.color());
        stream.showText(segment.toString());
        segment.setLength(0);
    }

    void finish() {
        flushPending(0);
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
