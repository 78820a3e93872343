package org.charterreviewer.report;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewReportTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReportPdf export(Review review) throws Exception {
        Path out = dir.resolve("report-" + review.id() + "-" + review.revision() + ".pdf");
        workspace.reports().export(review.id(), Optional.empty(), out, ProgressMonitor.NONE);
        // Kept for looking at by hand (pdftoppm) after a test run.
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        Files.copy(out, samples.resolve(review.school().name().replaceAll("[^A-Za-z]+", "-") + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new ReportPdf(out);
    }

    @Test
    void theSchoolsReportShowsEveryJudgedItemAndConsentedVoiceButNothingInternal() throws Exception {
        Review review = ReportFixtures.awardedReview(workspace, Files.createDirectories(dir.resolve("files")));
        ReportPdf pdf = export(review);
        String text = pdf.flatText();

        Charter charter = ReportFixtures.charter(workspace);
        for (String itemText : ReportFixtures.judgedItemTexts(charter)) {
            assertThat(text).contains(ReportPdf.flat(itemText));
        }
        assertThat(text).contains(ReportFixtures.SCHOOL_NAME, "URN 104321", charter.title(), "Siân O’Brien, Dafydd Ŵyn",
                "Pupils’ council", "Awarded", "The charter’s award rule is met.", "Established", "Embedded",
                "Whole-review consented voice", "A warm, well-prepared visit.",
                "Invite parent carers to plan the autumn review", "SENCo", "30 June 2026",
                "pupils-council.png", "Pupils’ council meeting board", "co-production-plan.txt");
        review.voices().stream().filter(v -> v.consentToShare())
                .forEach(v -> assertThat(text).contains(v.said() + "” — " + v.speakerRole()));
        review.notes().stream().filter(n -> !n.internal()).forEach(n -> assertThat(text).contains(ReportPdf.flat(n.body())));
        assertThat(review.notes()).anyMatch(n -> n.internal());
        assertThat(review.voices()).anyMatch(v -> !v.consentToShare());
        assertThat(text).doesNotContain(ReportFixtures.INTERNAL, ReportFixtures.NOT_CONSENTED, "DRAFT", "\uFFFD", "ﬁ");
        // Every finding of the outcome, in the charter's words.
        workspace.reviews().evaluate(review).findings().forEach(f -> assertThat(text).contains(ReportPdf.flat(f.text())));

        for (int p = 0; p < pdf.pages; p++) {
            assertThat(ReportPdf.flat(pdf.pageTexts.get(p))).contains("Page " + (p + 1) + " of " + pdf.pages);
        }
        assertThat(pdf.images).as("one thumbnail for the one shared image").isEqualTo(1);
        assertThat(pdf.title).contains(ReportFixtures.SCHOOL_NAME);
        assertThat(pdf.language).isEqualTo("en-GB");
        assertInsideMargins(pdf);
        assertNoOrphanHeadings(pdf);
    }

    @Test
    void veryLongNotesPaginateInsideTheMarginsWithoutOrphanHeadings() throws Exception {
        Review shortReview = ReportFixtures.start(workspace, "Short Notes School");
        int shortPages = export(shortReview).pages;

        Review review = ReportFixtures.start(workspace, "Long Notes School");
        Charter charter = ReportFixtures.charter(workspace);
        List<Item> items = charter.judgedItems();
        StringBuilder words = new StringBuilder();
        while (words.length() < 20_000) {
            words.append("co-production means working together from the start é ŵ ł ");
        }
        StringBuilder shortLines = new StringBuilder();
        int lineCount = 0;
        for (int i = 0; shortLines.length() < 20_000; i++, lineCount++) {
            shortLines.append("line ").append(i).append(i % 7 == 0 ? "\n\n" : "\n");
        }
        String unbroken = "x".repeat(20_000);
        workspace.reviews().setItemNote(review.ref(), items.get(0).id(), words.toString(), false);
        workspace.reviews().setItemNote(review.ref(), items.get(1).id(), shortLines.toString(), false);
        workspace.reviews().setItemNote(review.ref(), items.get(2).id(), unbroken, false);
        workspace.reviews().addVoice(review.ref(), items.get(3).id(), "Parent", words.toString(), true);
        workspace.reviews().addAction(review.ref(), items.get(4).id(), "Long action " + words, "SENCo",
                LocalDate.of(2026, 7, 1));
        for (Item item : items) {
            workspace.reviews().judge(review.ref(), item.id(), "emerging");
        }
        ReportPdf pdf = export(workspace.reviews().latest(review.id()));

        assertThat(pdf.pages).isGreaterThan(shortPages + 10);
        assertInsideMargins(pdf);
        assertNoOrphanHeadings(pdf);
        String text = pdf.flatText();
        // The unbroken note is cut into lines and pages, but every character is there.
        assertThat(java.util.regex.Pattern.compile("x{20,}").matcher(text).results()
                .mapToInt(m -> m.group().length()).sum()).isEqualTo(unbroken.length());
        for (int i = 0; i < lineCount; i++) {
            assertThat(text).contains("line " + i + " ");
        }
        for (int p = 0; p < pdf.pages; p++) {
            String page = ReportPdf.flat(pdf.pageTexts.get(p));
            assertThat(page).contains("Page " + (p + 1) + " of " + pdf.pages, "DRAFT — not finalised",
                    "Long Notes School");
        }
    }

    @Test
    void aPledgeReportNamesItsSignatoryAndSaysItemsAreNotJudgedOnlyWhereASectionHasItems() throws Exception {
        Review pledge = workspace.reviews().latest(CertificateReviews.pledge(workspace));
        ReportPdf pdf = export(pledge);
        String text = pdf.flatText();
        assertThat(text).contains("Pledge signed by: Dawn Ellis, Manager, Little Acorns Pre-school, on 1 March 2026");

        Charter charter = workspace.reviews().charterOf(pledge);
        assertThat(charter.sections()).anyMatch(s -> s.contextOnly() && s.items().isEmpty());
        long withItems = charter.sections().stream().filter(s -> s.contextOnly() && !s.items().isEmpty()).count();
        assertThat(withItems).isPositive();
        assertThat(text.split("its items are not judged", -1)).hasSize((int) withItems + 1);
        assertInsideMargins(pdf);
        assertNoOrphanHeadings(pdf);
    }

    @Test
    void aDraftIsMarkedOnEveryPageAndAFinalisedOneIsNot() throws Exception {
        Review draft = ReportFixtures.start(workspace, "Draft School");
        ReportPdf pdf = export(draft);
        assertThat(pdf.pages).isGreaterThan(1);
        for (String page : pdf.pageTexts) {
            assertThat(page).contains("DRAFT — not finalised");
        }
        assertThat(pdf.flatText()).contains("In progress (revision 1)", "not judged yet");
    }

    @Test
    void anEarlierRevisionCanBeExportedAndUnknownOnesGetAPlainMessage() throws Exception {
        Review review = ReportFixtures.awardedReview(workspace, Files.createDirectories(dir.resolve("files")));
        Review amended = workspace.reviews().amend(review.id(), "Corrected a date");
        Path out = dir.resolve("rev1.pdf");
        workspace.reports().export(review.id(), Optional.of(1), out, ProgressMonitor.NONE);
        assertThat(new ReportPdf(out).flatText()).contains("Finalised (revision 1)").doesNotContain("DRAFT");
        assertThat(export(amended).flatText()).contains("In progress (revision 2)", "Corrected a date", "DRAFT");

        assertThatThrownBy(() -> workspace.reports().export(review.id(), Optional.of(7), dir.resolve("x.pdf"),
                ProgressMonitor.NONE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> workspace.reports().export(review.id(), Optional.empty(), dir, ProgressMonitor.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("folder");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        Review review = ReportFixtures.start(workspace, "Cancelled School");
        ProgressMonitor cancelHalfway = RecordingMonitor.recording().cancelWhen(m -> m.progressCalls() > 10);
        Path out = dir.resolve("cancelled.pdf");
        assertThatThrownBy(() -> workspace.reports().export(review.id(), Optional.empty(), out, cancelHalfway))
                .isInstanceOf(CancelledException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cancelled"));
        }
    }

    /** Every glyph lies inside the page margins (the header and footer included). */
    static void assertInsideMargins(ReportPdf pdf) {
        assertThat(pdf.glyphs).isNotEmpty();
        float left = PageFlow.MARGIN_X - 0.5f;
        float right = pdf.pageWidth - PageFlow.MARGIN_X + 0.5f;
        for (ReportPdf.Glyph g : pdf.glyphs) {
            assertThat(g.x()).as("left edge of %s on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(left);
            assertThat(g.x() + g.width()).as("right edge of %s on page %d", g.text(), g.page()).isLessThanOrEqualTo(right);
            assertThat(g.y()).as("top of %s on page %d", g.text(), g.page()).isBetween(36f, pdf.pageHeight - 36f);
        }
        // Body text stays above the footer rule and below the header.
        for (ReportPdf.TextLine line : pdf.lines()) {
            if (line.maxFontSize() > 8.1f && line.y() > 50) {
                assertThat(line.y()).as("body line %s on page %d", line.text(), line.page())
                        .isBetween(pdf.pageHeight - PageFlow.BODY_TOP, pdf.pageHeight - PageFlow.BODY_BOTTOM);
            }
        }
    }

    /** The last body line of every page is not a heading (headings are bold, 12 pt and over). */
    static void assertNoOrphanHeadings(ReportPdf pdf) {
        for (int page = 1; page <= pdf.pages; page++) {
            int p = page;
            ReportPdf.TextLine last = pdf.lines().stream()
                    .filter(l -> l.page() == p && l.y() > 60 && l.y() < pdf.pageHeight - 60)
                    .reduce((a, b) -> b.y() > a.y() ? b : a).orElseThrow();
            assertThat(last.bold() && last.maxFontSize() >= ReviewReportRenderer.SMALLEST_HEADING_SIZE)
                    .as("page %d ends with the heading \"%s\" (%s pt at %s)", p, last.text(), last.maxFontSize(), last.y())
                    .isFalse();
        }
    }
}
