package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.report.ReportBody.run;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Review;
import org.charterreviewer.report.PageFlow.Column;
import org.charterreviewer.report.PageFlow.Figure;
import org.charterreviewer.report.PageFlow.Run;

/** The report's two tables: the evidence index with photo thumbnails, and the follow-up actions. */
final class ReportTables {

    private static final String PART = PdfStructure.heading(2);

    private final ReviewReport report;
    private final Review review;
    private final PageFlow flow;
    private final PDDocument document;
    private final ProgressMonitor monitor;
    private final ReportStyles styles;
    private final ReportWording wording;

    ReportTables(ReviewReport report, PageFlow flow, PDDocument document, ProgressMonitor monitor, ReportStyles styles,
            ReportWording wording) {
        this.report = report;
        this.review = report.review();
        this.flow = flow;
        this.document = document;
        this.monitor = monitor;
        this.styles = styles;
        this.wording = wording;
    }

    /** Evidence the school may see: everything but internal files. */
    static List<EvidenceFile> shared(List<EvidenceFile> evidence) {
        return evidence.stream().filter(e -> !e.internal()).toList();
    }

    void evidenceIndex() {
        flow.gap(12);
        // Kept with the table's header and first row, thumbnail included.
        flow.heading(tr("report.evidenceIndex"), styles.h1(), 1,
                styles.cell().leading() * 3 + ReviewReportRenderer.THUMBNAIL_POINTS + 16, PART);
        List<EvidenceFile> evidence = shared(review.evidence());
        if (evidence.isEmpty()) {
            flow.text(tr("report.evidenceIndex.none"), styles.muted(), 0);
            return;
        }
        List<List<List<Run>>> rows = new ArrayList<>();
        List<Figure> images = new ArrayList<>();
        for (EvidenceFile file : evidence) {
            monitor.checkCancelled();
            String supports = wording.supports(file.linkedItemIds());
            rows.add(List.of(List.of(),
                    List.of(run(file.originalName(), styles.cellBold())),
                    List.of(run(file.mediaType() == null ? "" : file.mediaType(), styles.cell())),
                    List.of(run(Sizes.format(file.sizeBytes()), styles.cell())),
                    List.of(run(file.caption() == null ? "" : file.caption(), styles.cell())),
                    List.of(run(supports.isEmpty() ? tr("report.none") : supports, styles.cell()))));
            PDImageXObject image = thumbnail(file);
            images.add(image == null ? null : new Figure(image, file.caption() == null || file.caption().isBlank()
                    ? tr("report.thumbnailAlt", file.originalName())
                    : tr("report.thumbnailAltCaption", file.originalName(), file.caption())));
        }
        flow.table(List.of(new Column(tr("report.column.preview"), 0.14f),
                new Column(tr("report.column.name"), 0.2f),
                new Column(tr("report.column.type"), 0.13f),
                new Column(tr("report.column.size"), 0.08f),
                new Column(tr("report.column.caption"), 0.19f),
                new Column(tr("report.column.supports"), 0.26f)),
                styles.cellBold(), styles.cell(), rows, images, ReviewReportRenderer.THUMBNAIL_POINTS);
    }

    private PDImageXObject thumbnail(EvidenceFile file) {
        byte[] png = report.thumbnails().get(file.id());
        if (png == null) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                return null;
            }
            // Photos compress far better as JPEG; transparency is flattened onto white.
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
            return JPEGFactory.createFromImage(document, rgb, 0.85f);
        } catch (IOException e) {
            return null;
        }
    }

    void actions() {
        flow.gap(12);
        flow.heading(tr("report.actions"), styles.h1(), 1, styles.body().leading() + styles.cell().leading() * 3, PART);
        if (review.actions().isEmpty()) {
            flow.text(tr("report.actions.none"), styles.muted(), 0);
            return;
        }
        List<List<List<Run>>> rows = new ArrayList<>();
        for (FollowUpAction action : review.actions()) {
            rows.add(List.of(List.of(run(action.description(), styles.cell())),
                    List.of(run(action.itemId() == null ? tr("report.wholeReviewShort") : wording.itemLabel(action.itemId()),
                            styles.cell())),
                    List.of(run(ReportWording.owner(action), styles.cell())),
                    List.of(run(ReportWording.due(action), styles.cell())),
                    List.of(run(ReportWording.state(action), styles.cell()))));
        }
        flow.table(List.of(new Column(tr("report.column.action"), 0.38f),
                new Column(tr("report.column.item"), 0.22f),
                new Column(tr("report.column.owner"), 0.16f),
                new Column(tr("report.column.due"), 0.14f),
                new Column(tr("report.column.status"), 0.10f)),
                styles.cellBold(), styles.cell(), rows, null, 0);
    }
}
