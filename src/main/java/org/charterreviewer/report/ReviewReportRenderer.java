package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.charterreviewer.i18n.Formats;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.Voice;

/**
 * Draws the review report: an A4 portrait PDF of a whole review for the school. Title block, the
 * outcome and its explanation, every section and item in charter order with its judgement, shared
 * notes, consented voices, actions and evidence, an evidence index with thumbnails and a table of
 * follow-up actions, with "Page N of M" footers. What the school must not see is left out: internal
 * notes and evidence, and voices without consent to share.
 */
public final class ReviewReportRenderer {

    private static final DateTimeFormatter DATE = Formats.LONG_DATE;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x4A, 0x55, 0x60);
    private static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    private static final Color DRAFT = new Color(0xA4, 0x1E, 0x22);
    /** Thumbnails are drawn this many points on their longer side, from pixels three times that. */
    static final float THUMBNAIL_POINTS = 64;
    static final int THUMBNAIL_PIXELS = 192;
    /** Heading sizes; tests tell headings from body text by size (at least this) and boldness. */
    public static final float SMALLEST_HEADING_SIZE = 12;

    /** Writes the report of {@code report} as a PDF to {@code out}. */
    public void render(ReviewReport report, OutputStream out, ProgressMonitor monitor) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.loadInto(document);
            Drawing drawing = new Drawing(report, new PageFlow(document, fonts), document, monitor);
            drawing.draw();
            monitor.checkCancelled();
            decorate(document, drawing.flow, report);
            describe(document, report);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the review report", e);
        }
    }

    /** One report being drawn: the styles and the flow. */
    private static final class Drawing {
        private final ReviewReport report;
        private final Review review;
        private final Charter charter;
        private final PageFlow flow;
        private final PDDocument document;
        private final ProgressMonitor monitor;
        private final PageFlow.Style title;
        private final PageFlow.Style h1;
        private final PageFlow.Style h2;
        private final PageFlow.Style h3;
        private final PageFlow.Style body;
        private final PageFlow.Style bold;
        private final PageFlow.Style muted;
        private final PageFlow.Style cell;
        private final PageFlow.Style cellBold;

        Drawing(ReviewReport report, PageFlow flow, PDDocument document, ProgressMonitor monitor) {
            this.report = report;
            this.review = report.review();
            this.charter = report.charter();
            this.flow = flow;
            this.document = document;
            this.monitor = monitor;
            PDFont sans = flow.fonts().sans();
            PDFont sansBold = flow.fonts().sansBold();
            title = new PageFlow.Style(sansBold, 22, 28, ACCENT);
            h1 = new PageFlow.Style(sansBold, 16, 22, ACCENT);
            h2 = new PageFlow.Style(sansBold, 14, 19, ACCENT);
            h3 = new PageFlow.Style(sansBold, SMALLEST_HEADING_SIZE, 16, INK);
            body = new PageFlow.Style(sans, 10, 14, INK);
            bold = new PageFlow.Style(sansBold, 10, 14, INK);
            muted = new PageFlow.Style(sans, 9, 12.5f, MUTED);
            cell = new PageFlow.Style(sans, 8.5f, 11, INK);
            cellBold = new PageFlow.Style(sansBold, 8.5f, 11, INK);
        }

        void draw() {
            titleBlock();
            outcome();
            wholeReview();
            sections();
            evidenceIndex();
            actionsTable();
            flow.finish();
        }

        private void titleBlock() {
            flow.heading(tr("report.title"), title, 0, 0);
            flow.heading(review.school().name(), h1, 1, body.leading() * 2);
            List<PageFlow.Run> urn = new ArrayList<>();
            if (review.school().urn() != null) {
                urn.add(run(tr("report.urn", review.school().urn()), body));
            }
            if (review.school().addressSummary() != null && !review.school().addressSummary().isBlank()) {
                urn.add(run((urn.isEmpty() ? "" : " · ") + review.school().addressSummary(), muted));
            }
            if (!urn.isEmpty()) {
                flow.paragraph(urn, 0);
            }
            flow.gap(6);
            field("report.field.charter", tr("report.charterVersion", charter.title(), charter.version()));
            if (charter.issuingBody() != null) {
                field("report.field.issuedBy", charter.issuingBody());
            }
            field("report.field.visit", date(review.visitDate()));
            field("report.field.officers", review.officers().isEmpty() ? tr("report.none")
                    : String.join(", ", review.officers()));
            field("report.field.status", status());
            if (review.amendmentReason() != null) {
                field("report.field.amendment", review.amendmentReason());
            }
            flow.gap(4);
            flow.heading(tr("report.participants"), h3, 0, body.leading());
            if (review.participants().isEmpty()) {
                flow.text(tr("report.none"), muted, 0);
            }
            for (Participant p : review.participants()) {
                List<PageFlow.Run> runs = new ArrayList<>();
                runs.add(run("• " + p.role(), bold));
                if (p.description() != null && !p.description().isBlank()) {
                    runs.add(run(" — " + p.description(), body));
                }
                flow.paragraph(runs, 8);
            }
            flow.gap(6);
            flow.heading(tr("report.decision"), h3, 0, body.leading());
            if (review.decision() == null) {
                flow.text(tr("report.decision.none"), muted, 0);
            } else {
                flow.text(tr("report.decision." + review.decision().decision().name()), bold, 0);
                if (review.awardedOn() != null) {
                    flow.text(tr("report.awardedOn", date(review.awardedOn()),
                            review.validUntil() == null ? "" : date(review.validUntil())), body, 0);
                }
                if (review.decision().summary() != null) {
                    flow.text(review.decision().summary(), body, 0);
                }
                if (review.decision().overrideReason() != null) {
                    flow.paragraph(List.of(run(tr("report.overrideReason") + " ", bold),
                            run(review.decision().overrideReason(), body)), 0);
                }
            }
            flow.gap(4);
            flow.text(tr("report.generated", date(report.generatedOn())), muted, 0);
        }

        private String status() {
            if (review.isFinalised()) {
                String on = review.finalisedAt() == null ? ""
                        : date(LocalDate.ofInstant(review.finalisedAt(), ZoneOffset.UTC));
                return tr("report.status.finalised", review.revision(), on,
                        review.finalisedBy() == null ? "" : review.finalisedBy());
            }
            return tr("report.status.inProgress", review.revision());
        }

        private void outcome() {
            flow.gap(10);
            flow.heading(tr("report.outcome"), h1, 1, body.leading() * 2);
            flow.text(report.outcome().met() ? tr("report.outcome.met") : tr("report.outcome.notMet"), bold, 0);
            if (charter.awardRule() != null && charter.awardRule().summary() != null) {
                flow.text(charter.awardRule().summary(), body, 0);
            }
            flow.gap(4);
            for (Finding finding : report.outcome().findings()) {
                flow.paragraph(List.of(run(finding.passed() ? tr("report.finding.passed") : tr("report.finding.failed"),
                        bold), run(" " + finding.text(), body)), 8);
            }
        }

        private void wholeReview() {
            List<Note> notes = shared(review.reviewNotes());
            List<Voice> voices = consented(review.voices().stream().filter(v -> v.itemId() == null).toList());
            List<FollowUpAction> actions = review.actions().stream().filter(a -> a.itemId() == null).toList();
            if (notes.isEmpty() && voices.isEmpty() && actions.isEmpty()) {
                return;
            }
            flow.gap(10);
            flow.heading(tr("report.wholeReview"), h1, 1, body.leading() * 2);
            notesVoicesActions(notes, voices, actions);
        }

        private void sections() {
            int total = (int) charter.allItems().count();
            int done = 0;
            for (Section section : charter.sections()) {
                monitor.checkCancelled();
                flow.gap(12);
                flow.heading(section.title(), h1, 1, h3.leading() + body.leading() * 2);
                for (String paragraph : section.introduction()) {
                    flow.text(paragraph, muted, 0);
                }
                if (section.contextOnly()) {
                    flow.text(tr("report.contextOnly"), muted, 0);
                }
                int number = 0;
                for (Item item : section.items()) {
                    number++;
                    item(section, item, number);
                    monitor.progress(++done, total);
                }
            }
        }

        private void item(Section section, Item item, int number) {
            flow.gap(6);
            flow.heading(itemLabel(section, number), h3, 0, body.leading() * 2);
            flow.text(item.text(), bold, 0);
            if (!section.contextOnly()) {
                Optional<JudgementScale.Level> level = review.levelOf(item.id()).flatMap(charter.scale()::level);
                if (level.isPresent()) {
                    flow.paragraph(List.of(run(tr("report.judgement") + " ", bold), run(level.get().label(), bold),
                            run(" — " + level.get().descriptor(), body)), 0);
                } else {
                    flow.paragraph(List.of(run(tr("report.judgement") + " ", bold), run(tr("report.notJudged"), body)), 0);
                }
            }
            List<Note> notes = shared(review.itemNote(item.id()).stream().toList());
            List<Voice> voices = consented(review.voicesFor(item.id()));
            notesVoicesActions(notes, voices, review.actionsFor(item.id()));
            List<EvidenceFile> evidence = shared(review.evidenceFor(item.id()), true);
            if (!evidence.isEmpty()) {
                flow.paragraph(List.of(run(tr("report.evidence") + " ", bold),
                        run(String.join("; ", evidence.stream().map(EvidenceFile::originalName).toList()), body)), 0);
            }
        }

        private void notesVoicesActions(List<Note> notes, List<Voice> voices, List<FollowUpAction> actions) {
            for (Note note : notes) {
                flow.paragraph(List.of(run(tr("report.note") + " ", bold)), 0);
                flow.text(note.body(), body, 8);
            }
            if (!voices.isEmpty()) {
                flow.paragraph(List.of(run(tr("report.voices"), bold)), 0);
                for (Voice voice : voices) {
                    flow.paragraph(List.of(run("“" + voice.said().strip() + "”", body),
                            run(" — " + voice.speakerRole(), muted)), 8);
                }
            }
            for (FollowUpAction action : actions) {
                flow.paragraph(List.of(run(tr("report.action") + " ", bold), run(action.description(), body),
                        run(" — " + actionDetails(action), muted)), 0);
            }
        }

        private String actionDetails(FollowUpAction action) {
            return tr("report.actionDetails", action.ownerRole() == null ? tr("report.noOwner") : action.ownerRole(),
                    action.dueDate() == null ? tr("report.noDueDate") : date(action.dueDate()),
                    action.done() ? tr("report.done") : tr("report.open"));
        }

        private void evidenceIndex() {
            flow.gap(12);
            // Kept with the table's header and first row, thumbnail included.
            flow.heading(tr("report.evidenceIndex"), h1, 1, cell.leading() * 3 + THUMBNAIL_POINTS + 16);
            List<EvidenceFile> evidence = shared(review.evidence(), true);
            if (evidence.isEmpty()) {
                flow.text(tr("report.evidenceIndex.none"), muted, 0);
                return;
            }
            List<List<List<PageFlow.Run>>> rows = new ArrayList<>();
            List<PDImageXObject> images = new ArrayList<>();
            for (EvidenceFile file : evidence) {
                monitor.checkCancelled();
                String supports = supports(file.linkedItemIds());
                rows.add(List.of(List.of(),
                        List.of(run(file.originalName(), cellBold)),
                        List.of(run(file.mediaType() == null ? "" : file.mediaType(), cell)),
                        List.of(run(size(file.sizeBytes()), cell)),
                        List.of(run(file.caption() == null ? "" : file.caption(), cell)),
                        List.of(run(supports.isEmpty() ? tr("report.none") : supports, cell))));
                images.add(thumbnail(file));
            }
            flow.table(List.of(new PageFlow.Column(tr("report.column.preview"), 0.14f),
                    new PageFlow.Column(tr("report.column.name"), 0.2f),
                    new PageFlow.Column(tr("report.column.type"), 0.11f),
                    new PageFlow.Column(tr("report.column.size"), 0.08f),
                    new PageFlow.Column(tr("report.column.caption"), 0.19f),
                    new PageFlow.Column(tr("report.column.supports"), 0.28f)),
                    cellBold, cell, rows, images, THUMBNAIL_POINTS);
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

        private void actionsTable() {
            flow.gap(12);
            flow.heading(tr("report.actions"), h1, 1, body.leading() + cell.leading() * 3);
            if (review.actions().isEmpty()) {
                flow.text(tr("report.actions.none"), muted, 0);
                return;
            }
            List<List<List<PageFlow.Run>>> rows = new ArrayList<>();
            for (FollowUpAction action : review.actions()) {
                rows.add(List.of(List.of(run(action.description(), cell)),
                        List.of(run(action.itemId() == null ? tr("report.wholeReviewShort") : itemLabel(action.itemId()), cell)),
                        List.of(run(action.ownerRole() == null ? tr("report.noOwner") : action.ownerRole(), cell)),
                        List.of(run(action.dueDate() == null ? tr("report.noDueDate") : date(action.dueDate()), cell)),
                        List.of(run(action.done() ? tr("report.done") : tr("report.open"), cell))));
            }
            flow.table(List.of(new PageFlow.Column(tr("report.column.action"), 0.38f),
                    new PageFlow.Column(tr("report.column.item"), 0.22f),
                    new PageFlow.Column(tr("report.column.owner"), 0.16f),
                    new PageFlow.Column(tr("report.column.due"), 0.14f),
                    new PageFlow.Column(tr("report.column.status"), 0.10f)),
                    cellBold, cell, rows, null, 0);
        }

        private void field(String labelKey, String value) {
            flow.paragraph(List.of(run(tr(labelKey) + " ", bold), run(value, body)), 0);
        }

        /** "Equal partnership, statement 2": where an item sits, in the charter's own words. */
        private String itemLabel(String itemId) {
            for (Section section : charter.sections()) {
                for (int i = 0; i < section.items().size(); i++) {
                    if (section.items().get(i).id().equals(itemId)) {
                        return tr("report.itemIn", sectionName(section), section.itemNoun().one(), i + 1);
                    }
                }
            }
            return itemId;
        }

        /** "Communication: statements 1, 2, 5; Open-minded: statement 3", in charter order. */
        private String supports(List<String> itemIds) {
            List<String> parts = new ArrayList<>();
            for (Section section : charter.sections()) {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < section.items().size(); i++) {
                    if (itemIds.contains(section.items().get(i).id())) {
                        numbers.add(Integer.toString(i + 1));
                    }
                }
                if (!numbers.isEmpty()) {
                    parts.add(tr("report.supportsIn", sectionName(section),
                            section.itemNoun().forCount(numbers.size()), String.join(", ", numbers)));
                }
            }
            return String.join("; ", parts);
        }

        /** A section's title without a trailing colon ("We Promise:" reads as a heading, not in a list). */
        private static String sectionName(Section section) {
            String title = section.title().strip();
            return title.endsWith(":") ? title.substring(0, title.length() - 1).strip() : title;
        }

        private static String itemLabel(Section section, int number) {
            String noun = section.itemNoun().one();
            String capitalised = noun.isEmpty() ? noun : noun.substring(0, 1).toUpperCase(Locale.UK) + noun.substring(1);
            return tr("report.itemHeading", capitalised, number, section.items().size());
        }
    }

    private static PageFlow.Run run(String text, PageFlow.Style style) {
        return new PageFlow.Run(text, style);
    }

    private static List<Note> shared(List<Note> notes) {
        return notes.stream().filter(n -> !n.internal()).toList();
    }

    private static List<EvidenceFile> shared(List<EvidenceFile> evidence, boolean forSchool) {
        return evidence.stream().filter(e -> !(forSchool && e.internal())).toList();
    }

    private static List<Voice> consented(List<Voice> voices) {
        return voices.stream().filter(Voice::consentToShare).toList();
    }

    static String date(LocalDate date) {
        return date == null ? tr("report.noDate") : DATE.format(date);
    }

    /** A size as people read it (see {@link Formats#size}). */
    static String size(long bytes) {
        return Formats.size(bytes);
    }

    /** Headers (draft marker) and footers ("Page N of M", school and charter) on every page, and the outline. */
    private void decorate(PDDocument document, PageFlow flow, ReviewReport report) throws IOException {
        PdfFonts fonts = flow.fonts();
        PDFont sans = fonts.sans();
        PDFont bold = fonts.sansBold();
        List<PDPage> pages = flow.pages();
        String left = report.review().school().name() + " · " + report.charter().title() + " "
                + tr("report.versionShort", report.charter().version());
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String page = tr("report.pageOf", i + 1, pages.size());
                float size = 8;
                float pageWidth = fonts.width(page, sans, size);
                float room = PageFlow.BODY_WIDTH - pageWidth - 12;
                text(s, sans, size, MUTED, PageFlow.MARGIN_X, 40, fit(fonts, left, sans, size, room));
                text(s, sans, size, MUTED, PageFlow.MARGIN_X + PageFlow.BODY_WIDTH - pageWidth, 40, page);
                s.setStrokingColor(new Color(0xB0, 0xB8, 0xC0));
                s.setLineWidth(0.5f);
                s.moveTo(PageFlow.MARGIN_X, 52);
                s.lineTo(PageFlow.MARGIN_X + PageFlow.BODY_WIDTH, 52);
                s.stroke();
                float headerY = PageFlow.PAGE.getHeight() - 44;
                String header = tr("report.header");
                text(s, sans, size, MUTED, PageFlow.MARGIN_X, headerY, header);
                if (report.isDraft()) {
                    String draft = tr("report.draft");
                    float draftSize = 11;
                    float w = fonts.width(draft, bold, draftSize);
                    text(s, bold, draftSize, DRAFT, PageFlow.MARGIN_X + PageFlow.BODY_WIDTH - w, headerY, draft);
                }
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

    private static void describe(PDDocument document, ReviewReport report) {
        PDDocumentInformation info = document.getDocumentInformation();
        Review review = report.review();
        info.setTitle(tr("report.metadata.title", review.school().name(), report.charter().title()));
        info.setAuthor(review.officers().isEmpty() ? tr("app.name") : String.join(", ", review.officers()));
        info.setSubject(tr("report.metadata.subject", report.charter().title(), report.charter().version(),
                date(review.visitDate())));
        info.setCreator(tr("app.name"));
        Calendar created = GregorianCalendar.from(report.generatedOn().atStartOfDay(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage("en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
