package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.pdf.PdfMetadata;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;

/**
 * Draws the review report: an A4 portrait PDF of a whole review for the school, tagged as PDF/A-2a
 * and PDF/UA-1 (headings, paragraphs, lists, tables with header cells, thumbnails described in
 * words). Title block, the outcome and its explanation, every section and item in charter order
 * with its judgement, shared notes, consented voices, actions and evidence, an evidence index
 * with thumbnails and a table of follow-up actions ({@link ReportBody}), with "Page N of M"
 * footers. What the school must not see is left out: internal notes and evidence, and voices
 * without consent to share.
 */
public final class ReviewReportRenderer {

    /** Thumbnails are drawn this many points on their longer side, from pixels three times that. */
    static final float THUMBNAIL_POINTS = 64;
    static final int THUMBNAIL_PIXELS = 192;
    /** Heading sizes; tests tell headings from body text by size (at least this) and boldness. */
    public static final float SMALLEST_HEADING_SIZE = 12;

    /** Writes the report of {@code report} as a PDF to {@code out}. */
    public void render(ReviewReport report, OutputStream out, ProgressMonitor monitor) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.loadInto(document);
            PdfStructure structure = new PdfStructure(document);
            PageFlow flow = new PageFlow(document, fonts, structure);
            new ReportBody(report, flow, document, monitor).draw();
            monitor.checkCancelled();
            decorate(document, flow, report);
            structure.finish();
            describe(document, report);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the review report", e);
        }
    }

    /**
     * Headers (draft marker) and footers ("Page N of M", school and charter) on every page, as
     * pagination artifacts a screen reader skips, and the outline.
     */
    private static void decorate(PDDocument document, PageFlow flow, ReviewReport report) throws IOException {
        PdfFonts fonts = flow.fonts();
        PDFont sans = fonts.sans();
        PDFont bold = fonts.sansBold();
        List<PDPage> pages = flow.pages();
        String left = report.review().school().name() + " · " + report.charter().title() + " "
                + tr("report.versionShort", report.charter().version());
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                flow.structure().beginArtifact(s);
                String page = tr("report.pageOf", i + 1, pages.size());
                float size = 8;
                float pageWidth = fonts.width(page, sans, size);
                float room = PageFlow.BODY_WIDTH - pageWidth - 12;
                text(s, sans, size, ReportStyles.MUTED, PageFlow.MARGIN_X, 40, fit(fonts, left, sans, size, room));
                text(s, sans, size, ReportStyles.MUTED, PageFlow.MARGIN_X + PageFlow.BODY_WIDTH - pageWidth, 40, page);
                s.setStrokingColor(PageFlow.RULE);
                s.setLineWidth(0.5f);
                s.moveTo(PageFlow.MARGIN_X, 52);
                s.lineTo(PageFlow.MARGIN_X + PageFlow.BODY_WIDTH, 52);
                s.stroke();
                float headerY = PageFlow.PAGE.getHeight() - 44;
                text(s, sans, size, ReportStyles.MUTED, PageFlow.MARGIN_X, headerY, tr("report.header"));
                if (report.isDraft()) {
                    String draft = tr("report.draft");
                    float draftSize = 11;
                    float w = fonts.width(draft, bold, draftSize);
                    text(s, bold, draftSize, ReportStyles.DRAFT, PageFlow.MARGIN_X + PageFlow.BODY_WIDTH - w, headerY, draft);
                }
                flow.structure().end(s);
            }
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        for (PageFlow.Mark mark : flow.marks()) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(mark.page());
            destination.setTop(Math.round(mark.top()));
            item.setDestination(destination);
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, Color color, float x, float y,
            String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** {@code text} on one line, shortened with an ellipsis to fit {@code width}. */
    private static String fit(PdfFonts fonts, String text, PDFont font, float size, float width) {
        String clean = fonts.drawable(text, font).strip();
        if (fonts.width(clean, font, size) <= width) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && fonts.width(clean.substring(0, end) + "…", font, size) > width) {
            end = clean.offsetByCodePoints(end, -1);
        }
        return clean.substring(0, end).strip() + "…";
    }

    private static void describe(PDDocument document, ReviewReport report) throws IOException {
        Review review = report.review();
        Calendar created = GregorianCalendar.from(report.generatedOn().atStartOfDay(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        new PdfMetadata(tr("report.metadata.title", review.school().name(), report.charter().title()),
                review.officers().isEmpty() ? tr("app.name") : String.join(", ", review.officers()),
                tr("report.metadata.subject", report.charter().title(), report.charter().version(),
                        ReportWording.date(review.visitDate())),
                "", tr("app.name"), tr("app.name") + " (Apache PDFBox)", created)
                .applyTo(document, 2, 'A');
    }
}
