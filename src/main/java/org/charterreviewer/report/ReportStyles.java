package org.charterreviewer.report;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.report.PageFlow.Style;

/** The report's type styles and colours, from its two fonts. */
record ReportStyles(Style title, Style h1, Style h2, Style h3, Style body, Style bold, Style muted, Style cell,
        Style cellBold) {

    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x4A, 0x55, 0x60);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color DRAFT = new Color(0xA4, 0x1E, 0x22);

    static ReportStyles of(PdfFonts fonts) {
        PDFont sans = fonts.sans();
        PDFont sansBold = fonts.sansBold();
        return new ReportStyles(new Style(sansBold, 22, 28, ACCENT),
                new Style(sansBold, 16, 22, ACCENT),
                new Style(sansBold, 14, 19, ACCENT),
                new Style(sansBold, ReviewReportRenderer.SMALLEST_HEADING_SIZE, 16, INK),
                new Style(sans, 10, 14, INK),
                new Style(sansBold, 10, 14, INK),
                new Style(sans, 9, 12.5f, MUTED),
                new Style(sans, 8.5f, 11, INK),
                new Style(sansBold, 8.5f, 11, INK));
    }
}
