package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.report.ReportWording.date;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.pdf.PdfStructure;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.Voice;
import org.charterreviewer.report.PageFlow.Run;
import org.charterreviewer.report.PageFlow.Style;

/**
 * Draws one report's body into a {@link PageFlow}, in reading order: the title block, the outcome,
 * notes on the whole review, every section and item in charter order, then the evidence index and
 * the actions table ({@link ReportTables}). Heading levels follow the outline: the report's title,
 * then the school and each part of the report, then what sits inside a part.
 */
final class ReportBody {

    private static final String TITLE = PdfStructure.heading(1);
    private static final String PART = PdfStructure.heading(2);
    private static final String SUBPART = PdfStructure.heading(3);

    private final ReviewReport report;
    private final Review review;
    private final Charter charter;
    private final PageFlow flow;
    private final ProgressMonitor monitor;
    private final ReportStyles styles;
    private final ReportWording wording;
    private final ReportTables tables;

    ReportBody(ReviewReport report, PageFlow flow, PDDocument document, ProgressMonitor monitor) {
        this.report = report;
        this.review = report.review();
        this.charter = report.charter();
        this.flow = flow;
        this.monitor = monitor;
        this.styles = ReportStyles.of(flow.fonts());
        this.wording = new ReportWording(charter);
        this.tables = new ReportTables(report, flow, document, monitor, styles, wording);
    }

    void draw() {
        titleBlock();
        outcome();
        wholeReview();
        sections();
        tables.evidenceIndex();
        tables.actions();
        flow.finish();
    }

    private void titleBlock() {
        Style body = styles.body();
        flow.heading(tr("report.title"), styles.title(), 0, 0, TITLE);
        flow.heading(review.school().name(), styles.h1(), 1, body.leading() * 2, PART);
        List<Run> urn = new ArrayList<>();
        if (review.school().urn() != null) {
            urn.add(run(tr("report.urn", review.school().urn()), body));
        }
        if (review.school().addressSummary() != null && !review.school().addressSummary().isBlank()) {
            urn.add(run((urn.isEmpty() ? "" : " · ") + review.school().addressSummary(), styles.muted()));
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
        if (!report.moderation().isEmpty()) {
            field("report.field.moderation", report.moderation().get(0));
            for (String line : report.moderation().subList(1, report.moderation().size())) {
                flow.text(line, styles.body(), 12);
            }
        }
        for (PledgeSignatory signatory : review.signatories()) {
            field("report.field.signatory", tr("report.signatory", signatory.name(), signatory.role(),
                    signatory.organisation(), date(signatory.signedOn())));
        }
        flow.gap(4);
        flow.heading(tr("report.participants"), styles.h3(), 0, body.leading(), SUBPART);
        if (review.participants().isEmpty()) {
            flow.text(tr("report.none"), styles.muted(), 0);
        }
        flow.beginList();
        for (Participant p : review.participants()) {
            List<Run> runs = new ArrayList<>();
            runs.add(run("• " + p.role(), styles.bold()));
            if (p.description() != null && !p.description().isBlank()) {
                runs.add(run(" — " + p.description(), body));
            }
            flow.listItem(runs, 8);
        }
        flow.endList();
        flow.gap(6);
        decision();
        flow.gap(4);
        flow.text(tr("report.generated", date(report.generatedOn())), styles.muted(), 0);
    }

    private void decision() {
        Style body = styles.body();
        flow.heading(tr("report.decision"), styles.h3(), 0, body.leading(), SUBPART);
        if (review.decision() == null) {
            flow.text(tr("report.decision.none"), styles.muted(), 0);
            return;
        }
        flow.text(tr("report.decision." + review.decision().decision().name()), styles.bold(), 0);
        if (review.awardedOn() != null) {
            flow.text(tr("report.awardedOn", date(review.awardedOn()),
                    review.validUntil() == null ? "" : date(review.validUntil())), body, 0);
        }
        if (review.decision().summary() != null) {
            flow.text(review.decision().summary(), body, 0);
        }
        if (review.decision().overrideReason() != null) {
            flow.paragraph(List.of(run(tr("report.overrideReason") + " ", styles.bold()),
                    run(review.decision().overrideReason(), body)), 0);
        }
    }

    private String status() {
        if (review.isFinalised()) {
            String on = review.finalisedAt() == null ? ""
                    : date(LocalDate.ofInstant(review.finalisedAt(), ZoneOffset.UTC));
            String by = review.finalisedBy();
            return by == null || by.isBlank() ? tr("report.status.finalisedNoName", review.revision(), on)
                    : tr("report.status.finalised", review.revision(), on, by);
        }
        return tr("report.status.inProgress", review.revision());
    }

    private void outcome() {
        flow.gap(10);
        flow.heading(tr("report.outcome"), styles.h1(), 1, styles.body().leading() * 2, PART);
        flow.text(report.outcome().met() ? tr("report.outcome.met") : tr("report.outcome.notMet"), styles.bold(), 0);
        if (charter.awardRule() != null && charter.awardRule().summary() != null) {
            flow.text(charter.awardRule().summary(), styles.body(), 0);
        }
        flow.gap(4);
        flow.beginList();
        for (Finding finding : report.outcome().findings()) {
            flow.listItem(List.of(run(finding.passed() ? tr("report.finding.passed") : tr("report.finding.failed"),
                    styles.bold()), run(" " + finding.text(), styles.body())), 8);
        }
        flow.endList();
    }

    private void wholeReview() {
        List<Note> notes = shared(review.reviewNotes());
        List<Voice> voices = consented(review.voices().stream().filter(v -> v.itemId() == null).toList());
        List<FollowUpAction> actions = review.actions().stream().filter(a -> a.itemId() == null).toList();
        if (notes.isEmpty() && voices.isEmpty() && actions.isEmpty()) {
            return;
        }
        flow.gap(10);
        flow.heading(tr("report.wholeReview"), styles.h1(), 1, styles.body().leading() * 2, PART);
        notesVoicesActions(notes, voices, actions);
    }

    private void sections() {
        int total = (int) charter.allItems().count();
        int done = 0;
        for (Section section : charter.sections()) {
            monitor.checkCancelled();
            flow.gap(12);
            flow.heading(section.title(), styles.h1(), 1, styles.h3().leading() + styles.body().leading() * 2, PART);
            for (String paragraph : section.introduction()) {
                flow.text(paragraph, styles.muted(), 0);
            }
            // Only a section with items has items to leave unjudged.
            if (section.contextOnly() && !section.items().isEmpty()) {
                flow.text(tr("report.contextOnly"), styles.muted(), 0);
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
        Style bold = styles.bold();
        flow.gap(6);
        flow.heading(ReportWording.itemHeading(section, number), styles.h3(), 0, styles.body().leading() * 2, SUBPART);
        flow.text(item.numberedText(), bold, 0);
        if (!section.contextOnly()) {
            Optional<JudgementScale.Level> level = review.levelOf(item.id()).flatMap(charter.scale()::level);
            if (level.isPresent()) {
                flow.paragraph(List.of(run(tr("report.judgement") + " ", bold), run(level.get().label(), bold),
                        run(" — " + level.get().descriptor(), styles.body())), 0);
            } else {
                flow.paragraph(List.of(run(tr("report.judgement") + " ", bold),
                        run(tr("report.notJudged"), styles.body())), 0);
            }
        }
        List<Note> notes = shared(review.itemNote(item.id()).stream().toList());
        List<Voice> voices = consented(review.voicesFor(item.id()));
        notesVoicesActions(notes, voices, review.actionsFor(item.id()));
        List<EvidenceFile> evidence = ReportTables.shared(review.evidenceFor(item.id()));
        if (!evidence.isEmpty()) {
            flow.paragraph(List.of(run(tr("report.evidence") + " ", bold), run(String.join("; ",
                    evidence.stream().map(EvidenceFile::originalName).toList()), styles.body())), 0);
        }
    }

    private void notesVoicesActions(List<Note> notes, List<Voice> voices, List<FollowUpAction> actions) {
        for (Note note : notes) {
            flow.paragraph(List.of(run(tr("report.note") + " ", styles.bold())), 0);
            flow.text(note.body(), styles.body(), 8);
        }
        if (!voices.isEmpty()) {
            flow.paragraph(List.of(run(tr("report.voices"), styles.bold())), 0);
            flow.beginList();
            for (Voice voice : voices) {
                flow.listItem(List.of(run("“" + voice.said().strip() + "”", styles.body()),
                        run(" — " + voice.speakerRole(), styles.muted())), 8);
            }
            flow.endList();
        }
        for (FollowUpAction action : actions) {
            flow.paragraph(List.of(run(tr("report.action") + " ", styles.bold()), run(action.description(), styles.body()),
                    run(" — " + ReportWording.actionDetails(action), styles.muted())), 0);
        }
    }

    private void field(String labelKey, String value) {
        flow.paragraph(List.of(run(tr(labelKey) + " ", styles.bold()), run(value, styles.body())), 0);
    }

    static Run run(String text, Style style) {
        return new Run(text, style);
    }

    private static List<Note> shared(List<Note> notes) {
        return notes.stream().filter(n -> !n.internal()).toList();
    }

    private static List<Voice> consented(List<Voice> voices) {
        return voices.stream().filter(Voice::consentToShare).toList();
    }
}
