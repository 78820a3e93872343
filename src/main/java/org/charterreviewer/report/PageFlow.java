package org.charterreviewer.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.charterreviewer.pdf.PdfFonts;

/**
 * Flows text, tables and images down A4 portrait pages inside fixed margins: wraps by measuring
 * with the font, splits long paragraphs and table rows across pages, and keeps a heading on the
 * same page as what follows it. Headers and footers are drawn afterwards, once the page count is known.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 56;
    /** The body's top and bottom; the header and footer sit in the space outside them. */
    static final float BODY_TOP = PAGE.getHeight() - 72;
    static final float BODY_BOTTOM = 68;
    static final float BODY_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    private static final float CELL_PAD = 3;
    private static final Color RULE = new Color(0xB0, 0xB8, 0xC0);

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

    private record Word(String text, Style style) {
    }

    private record Line(List<Word> words, float height) {
    }

    private record Pending(String title, List<Line> lines, int level, float keepWithNext) {
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    private Pending pending;

    PageFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
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

    /** Vertical space; at the bottom of a page it is simply dropped. */
    void gap(float height) {
        flushPending(0);
        y -= height;
        if (y < BODY_BOTTOM) {
            newPage();
        }
    }

    /**
     * A heading kept on the same page as at least {@code keepWithNext} points of what follows (and
     * always as the first line or table row that follows), remembered for the outline at
     * {@code level} (0 for none). It is drawn when the next content is placed.
     */
    void heading(String text, Style style, int level, float keepWithNext) {
        flushPending(0);
        pending = new Pending(text, wrap(List.of(new Run(text, style)), BODY_WIDTH), level, keepWithNext);
    }

    /** Draws a waiting heading where it and {@code next} points of what follows fit together. */
    private void flushPending(float next) {
        if (pending == null) {
            return;
        }
        Pending heading = pending;
        pending = null;
        float height = (float) heading.lines().stream().mapToDouble(Line::height).sum();
        ensure(height + Math.max(next, heading.keepWithNext()));
        if (heading.level() > 0) {
            marks.add(new Mark(heading.title(), heading.level(), pages.get(pages.size() - 1), y));
        }
        drawLines(heading.lines(), MARGIN_X);
    }

    /** A paragraph of plain text; line breaks in it start new lines. */
    void text(String text, Style style, float indent) {
        paragraph(List.of(new Run(text, style)), indent);
    }

    /** A paragraph of runs, wrapped to the body width less {@code indent}, split across pages as needed. */
    void paragraph(List<Run> runs, float indent) {
        drawLines(wrap(runs, BODY_WIDTH - indent), MARGIN_X + indent);
    }

    /** The height a paragraph's first {@code lines} lines take, for keeping a heading with it. */
    static float linesHeight(Style style, int lines) {
        return style.leading() * lines;
    }

    /** A thin horizontal rule across the body. */
    void rule() {
        flushPending(6);
        ensure(6);
        try {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(0.6f);
            stream.moveTo(MARGIN_X, y - 3);
            stream.lineTo(MARGIN_X + BODY_WIDTH, y - 3);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    /**
     * A table: a header row (repeated on every page the table continues on) and rows of wrapped
     * cells. A row taller than the rest of a page is split between pages, line by line.
     * {@code images} may hold, per row, an image drawn at the top of the first column (null for none).
     */
    void table(List<Column> columns, Style headerStyle, Style cellStyle, List<List<List<Run>>> rows,
            List<PDImageXObject> images, float imageBox) {
        float[] widths = new float[columns.size()];
        float[] xs = new float[columns.size()];
        float x = MARGIN_X;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = BODY_WIDTH * columns.get(i).share();
            xs[i] = x;
            x += widths[i];
        }
        List<List<Line>> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            header.add(wrap(List.of(new Run(columns.get(i).header(), headerStyle)), widths[i] - 2 * CELL_PAD));
        }
        float headerHeight = rowHeight(header) + 2 * CELL_PAD;
        float firstRow = cellStyle.leading() * 2 + 2 * CELL_PAD
                + (images != null && !images.isEmpty() && images.get(0) != null ? imageBox : 0);
        flushPending(headerHeight + firstRow);
        ensure(headerHeight + firstRow);
        drawRow(header, xs, 0, Integer.MAX_VALUE, null, 0);
        for (int r = 0; r < rows.size(); r++) {
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                List<Run> runs = rows.get(r).get(i);
                cells.add(runs.isEmpty() ? List.of() : wrap(runs, widths[i] - 2 * CELL_PAD));
            }
            PDImageXObject image = images == null ? null : images.get(r);
            int total = cells.stream().mapToInt(List::size).max().orElse(0);
            float needed = Math.max(image == null ? 0 : imageBox + CELL_PAD,
                    Math.min(rowHeight(cells), cellStyle.leading() * 2)) + 2 * CELL_PAD;
            if (y - needed < BODY_BOTTOM) {
                newPage();
                drawRow(header, xs, 0, Integer.MAX_VALUE, null, 0);
            }
            int from = 0;
            boolean first = true;
            while (first || from < total) {
                float room = y - BODY_BOTTOM - 2 * CELL_PAD;
                int fit = Math.max(1, (int) Math.floor(room / cellStyle.leading() + 0.001f));
                drawRow(cells, xs, from, fit, first ? image : null, imageBox);
                from += fit;
                first = false;
                if (from < total) {
                    newPage();
                    drawRow(header, xs, 0, Integer.MAX_VALUE, null, 0);
                }
            }
        }
        y -= 4;
    }

    private static float rowHeight(List<List<Line>> cells) {
        return (float) cells.stream()
                .mapToDouble(lines -> lines.stream().mapToDouble(Line::height).sum()).max().orElse(0);
    }

    /** Draws lines {@code from} .. {@code from + count} of each cell as one row, then a rule under it. */
    private void drawRow(List<List<Line>> cells, float[] xs, int from, int count, PDImageXObject image,
            float imageBox) {
        float top = y;
        float lowest = y;
        for (int i = 0; i < cells.size(); i++) {
            List<Line> lines = cells.get(i);
            float cellY = top - CELL_PAD;
            float imageX = xs[i] + CELL_PAD;
            if (i == 0 && image != null) {
                float scale = Math.min(imageBox / image.getWidth(), imageBox / image.getHeight());
                float w = image.getWidth() * scale;
                float h = image.getHeight() * scale;
                try {
                    stream.drawImage(image, imageX, cellY - h, w, h);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                cellY -= imageBox + CELL_PAD;
            }
            for (int l = from; l < Math.min(lines.size(), from + (long) count); l++) {
                Line line = lines.get(l);
                drawLine(line, xs[i] + CELL_PAD, cellY);
                cellY -= line.height();
            }
            lowest = Math.min(lowest, cellY - CELL_PAD);
        }
        y = lowest;
        try {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN_X, y);
            stream.lineTo(MARGIN_X + BODY_WIDTH, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawLines(List<Line> lines, float x) {
        flushPending((float) lines.stream().limit(2).mapToDouble(Line::height).sum());
        for (Line line : lines) {
            if (y - line.height() < BODY_BOTTOM) {
                newPage();
            }
            drawLine(line, x, y);
            y -= line.height();
        }
    }

    /** Draws one line whose box starts at {@code top}; the baseline sits about 80% down the font size. */
    private void drawLine(Line line, float x, float top) {
        if (line.words().isEmpty()) {
            return;
        }
        float size = (float) line.words().stream().mapToDouble(w -> w.style().size()).max().orElse(10);
        float baseline = top - (line.height() - size) / 2 - size * 0.8f;
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

    /**
     * Greedy word wrap of runs into lines at most {@code width} wide; a line break in the text
     * ends a line, an empty line leaves a blank one, and a word wider than a line is broken
     * between characters.
     */
    List<Line> wrap(List<Run> runs, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float[] used = {0};
        float height = 0;
        for (Run run : runs) {
            Style style = run.style();
            String[] paragraphs = run.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    lines.add(new Line(List.copyOf(current), Math.max(height, style.leading())));
                    current.clear();
                    used[0] = 0;
                    height = 0;
                }
                String clean = fonts.drawable(paragraphs[p], style.font()).strip();
                if (clean.isEmpty()) {
                    continue;
                }
                float space = fonts.width(" ", style.font(), style.size());
                for (String token : clean.split(" +")) {
                    float tokenWidth = fonts.width(token, style.font(), style.size());
                    float extra = current.isEmpty() ? tokenWidth : space + tokenWidth;
                    if (used[0] + extra <= width) {
                        current.add(new Word(token, style));
                        used[0] += extra;
                        height = Math.max(height, style.leading());
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(new Line(List.copyOf(current), height));
                        current.clear();
                        used[0] = 0;
                        height = 0;
                    }
                    // A word wider than a whole line (a long web address, text without spaces) is cut.
                    String rest = token;
                    while (fonts.width(rest, style.font(), style.size()) > width) {
                        int cut = fittingPrefix(rest, style, width);
                        lines.add(new Line(List.of(new Word(rest.substring(0, cut), style)), style.leading()));
                        rest = rest.substring(cut);
                    }
                    current.add(new Word(rest, style));
                    used[0] = fonts.width(rest, style.font(), style.size());
                    height = style.leading();
                }
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(List.copyOf(current), height));
        }
        return lines;
    }

    private int fittingPrefix(String word, Style style, float width) {
        float limit = width * 1000f / style.size();
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            float w = Math.max(0, fonts.glyphWidth(style.font(), cp));
            if (used + w > limit && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return Math.max(i, word.offsetByCodePoints(0, 1));
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
