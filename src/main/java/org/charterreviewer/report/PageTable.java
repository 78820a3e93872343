package org.charterreviewer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.report.LineWrapper.Line;
import org.charterreviewer.report.PageFlow.Column;
import org.charterreviewer.report.PageFlow.Figure;
import org.charterreviewer.report.PageFlow.Run;
import org.charterreviewer.report.PageFlow.Style;

/**
 * Draws one table into a {@link PageFlow}: a header row of column headers (repeated, as decoration,
 * on every page the table continues on) and rows of wrapped cells, tagged as a table with header
 * cells. A row that fits on a page is never split: it moves to the next page whole. Only a row
 * taller than a page is split, and never so that one of its lines stands alone on a page.
 */
final class PageTable {

    static final float CELL_PAD = 3;

    private final PageFlow flow;
    private final PdfStructure structure;
    private float[] xs;
    private List<List<Line>> header;

    PageTable(PageFlow flow) {
        this.flow = flow;
        this.structure = flow.structure();
    }

    /** {@code images} may hold, per row, a figure drawn at the top of the first column (null for none). */
    void draw(List<Column> columns, Style headerStyle, Style cellStyle, List<List<List<Run>>> rows,
            List<Figure> images, float imageBox) {
        float[] widths = new float[columns.size()];
        xs = new float[columns.size()];
        float x = PageFlow.MARGIN_X;
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = PageFlow.BODY_WIDTH * columns.get(i).share();
            xs[i] = x;
            x += widths[i];
        }
        header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            header.add(flow.wrap(List.of(new Run(columns.get(i).header(), headerStyle)), widths[i] - 2 * CELL_PAD));
        }
        List<List<List<Line>>> wrapped = new ArrayList<>();
        for (List<List<Run>> row : rows) {
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                List<Run> runs = row.get(i);
                cells.add(runs.isEmpty() ? List.of() : flow.wrap(runs, widths[i] - 2 * CELL_PAD));
            }
            wrapped.add(cells);
        }
        float headerHeight = textHeight(header) + 2 * CELL_PAD;
        float pageRoom = PageFlow.BODY_TOP - PageFlow.BODY_BOTTOM - headerHeight;
        float firstRow = wrapped.isEmpty() ? 0 : rowHeight(wrapped.get(0), figure(images, 0), imageBox);
        if (firstRow > pageRoom) {
            // A row taller than a page starts wherever two of its lines fit.
            firstRow = 2 * cellStyle.leading() + 2 * CELL_PAD;
        }
        flow.flushPending(headerHeight + firstRow);
        flow.ensure(headerHeight + firstRow);

        PDStructureElement table = flow.open(PdfStructure.TABLE);
        PDStructureElement headerRow = structure.add(table, PdfStructure.TABLE_ROW);
        List<PDStructureElement> headerCells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            headerCells.add(structure.columnHeader(headerRow));
        }
        drawRow(header, 0, Integer.MAX_VALUE, null, null, 0, headerCells);
        for (int r = 0; r < wrapped.size(); r++) {
            List<List<Line>> cells = wrapped.get(r);
            Figure figure = figure(images, r);
            PDStructureElement row = structure.add(table, PdfStructure.TABLE_ROW);
            List<PDStructureElement> cellElements = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cellElements.add(structure.add(row, PdfStructure.TABLE_CELL));
            }
            PDStructureElement figureElement = figure == null ? null
                    : structure.figure(cellElements.get(0), figure.description());
            float height = rowHeight(cells, figure, imageBox);
            if (height <= room() || height <= pageRoom) {
                if (height > room()) {
                    continuePage();
                }
                drawRow(cells, 0, Integer.MAX_VALUE, figure, figureElement, imageBox, cellElements);
            } else {
                split(cells, cellStyle.leading(), figure, figureElement, imageBox, cellElements);
            }
        }
        flow.moveTo(flow.y() - 4);
    }

    /** Draws a row taller than a page over several pages, at least two of its lines on each. */
    private void split(List<List<Line>> cells, float leading, Figure figure, PDStructureElement figureElement,
            float imageBox, List<PDStructureElement> cellElements) {
        int total = cells.stream().mapToInt(List::size).max().orElse(0);
        int from = 0;
        boolean first = true;
        boolean turned = false;
        while (from < total) {
            int fit = (int) Math.floor((room() - 2 * CELL_PAD) / leading + 0.001f);
            if (fit < 2 && total - from > 1 && !turned) {
                continuePage();
                turned = true;
                continue;
            }
            fit = Math.max(1, Math.min(fit, total - from));
            if (total - from - fit == 1 && fit > 2) {
                fit--;
            }
            drawRow(cells, from, fit, first ? figure : null, figureElement, imageBox, cellElements);
            from += fit;
            first = false;
            if (from < total) {
                continuePage();
                turned = true;
            }
        }
    }

    private float room() {
        return flow.y() - PageFlow.BODY_BOTTOM;
    }

    private void continuePage() {
        flow.newPage();
        // The repeated header helps a reader of the paper; the structure has it once.
        drawRow(header, 0, Integer.MAX_VALUE, null, null, 0, null);
    }

    private static Figure figure(List<Figure> images, int row) {
        return images == null ? null : images.get(row);
    }

    private static float rowHeight(List<List<Line>> cells, Figure figure, float imageBox) {
        return Math.max(textHeight(cells), figure == null ? 0 : imageBox + CELL_PAD) + 2 * CELL_PAD;
    }

    private static float textHeight(List<List<Line>> cells) {
        return (float) cells.stream()
                .mapToDouble(lines -> lines.stream().mapToDouble(Line::height).sum()).max().orElse(0);
    }

    /**
     * Draws lines {@code from} .. {@code from + count} of each cell as one row, then a rule under it.
     * With {@code elements} null the row is decoration (a repeated header).
     */
    private void drawRow(List<List<Line>> cells, int from, int count, Figure figure, PDStructureElement figureElement,
            float imageBox, List<PDStructureElement> elements) {
        float top = flow.y();
        float lowest = top;
        for (int i = 0; i < cells.size(); i++) {
            List<Line> lines = cells.get(i);
            float cellY = top - CELL_PAD;
            if (i == 0 && figure != null) {
                drawFigure(figure, figureElement, xs[i] + CELL_PAD, cellY, imageBox);
                cellY -= imageBox + CELL_PAD;
            }
            for (int l = from; l < Math.min(lines.size(), from + (long) count); l++) {
                Line line = lines.get(l);
                flow.drawLine(line, xs[i] + CELL_PAD, cellY, elements == null ? null : elements.get(i));
                cellY -= line.height();
            }
            lowest = Math.min(lowest, cellY - CELL_PAD);
        }
        flow.moveTo(lowest);
        flow.rule(lowest, 0.5f);
    }

    private void drawFigure(Figure figure, PDStructureElement element, float x, float top, float box) {
        float scale = Math.min(box / figure.image().getWidth(), box / figure.image().getHeight());
        float w = figure.image().getWidth() * scale;
        float h = figure.image().getHeight() * scale;
        structure.begin(flow.stream(), flow.page(), element);
        try {
            flow.stream().drawImage(figure.image(), x, top - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        structure.end(flow.stream());
    }
}
