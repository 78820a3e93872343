package org.charterreviewer.certificate;

import org.charterreviewer.review.RevisionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format-2 charter with titled items, sections without a title and Bronze/Silver/Gold levels goes
 * through a whole review, in a real workspace, to a signed certificate that names the level reached.
 */
class AwardLevelJourneyTest {

    static final char[] PASSPHRASE = "a long passphrase".toCharArray();
    static final Path CHARTER = Path.of("src/test/resources/charters/valid/levels-charter.json");

    @TempDir
    Path dir;
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        workspace.identity().create("Siân O’Brien", "SEND Officer", "Anytown Council", PASSPHRASE, Optional.empty(),
                false);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theHighestLevelReachedIsKeptPrintedAndListed() throws Exception {
        CharterImportResult imported = workspace.charters().importFiles(List.of(CHARTER), ProgressMonitor.NONE);
        assertThat(imported.problems()).isEmpty();
        ReviewService reviews = workspace.reviews();
        long school = ReviewFixtures.insertSchool(workspace.database().dsl(), "Low Hill Nursery School", "103986");
        Review review = reviews.start(new NewReview(school, "anytown-values-charter", "2.0", LocalDate.of(2026, 3, 4),
                List.of("Alex Morgan"), List.of(new Participant("Head teacher", null))));
        RevisionRef key = review.ref();
        // Two of the three values Established is exactly two thirds: Silver's share holds; Gold's does not.
        reviews.judge(key, "open", "established");
        reviews.judge(key, "listen", "established");
        reviews.judge(key, "equal", "emerging");
        reviews.judge(key, "respond", "established");
        reviews.judge(key, "review", "established");
        Outcome beforeEvidence = reviews.evaluate(reviews.revision(key));
        assertThat(beforeEvidence.reachedLevel().map(l -> l.name())).contains("Bronze");
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Family forum minutes", StandardCharsets.UTF_8);
        Path letter = Files.writeString(dir.resolve("letter.txt"), "Letter to families", StandardCharsets.UTF_8);
        workspace.evidence().attach(key, minutes, List.of("open"), null, ProgressMonitor.NONE);
        workspace.evidence().attach(key, letter, List.of("respond"), null, ProgressMonitor.NONE);

        Outcome outcome = reviews.evaluate(reviews.revision(key));
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.reachedLevel().map(l -> l.name())).contains("Silver");
        assertThat(outcome.findings()).extracting(f -> f.text()).contains(
                "Bronze: reached",
                "Silver: reached",
                "Silver — Part 1: 2 of 3 values at Established or above (needs at least 2/3)",
                "Silver — Part 2: 1 evidence file (needs 1)",
                "Gold: not reached",
                "Gold — Part 1: 1 of 3 values below Established");

        reviews.recordDecision(key, Decision.AWARDED, "Values lived every day.", null);
        Review finalised = reviews.finalise(key);
        assertThat(finalised.awardLevel()).isEqualTo(new ReachedLevel("silver", "Silver"));
        assertThat(finalised.validUntil()).as("the charter states no validity").isNull();
        assertThat(reviews.currentAwards()).extracting(ReviewSummary::awardLevel).containsExactly("Silver");
        assertThat(reviews.dueForRenewal(100_000)).as("no end date, so never due").isEmpty();

        Path out = dir.resolve("certificate.pdf");
        workspace.certificates().export(review.id(), PASSPHRASE, out);
        CertificateCheck check = workspace.certificates().check(out);
        assertThat(check.passed()).as(check.reason()).isTrue();
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Anytown Values Award", "Silver level", "Low Hill Nursery School", "No end date",
                    "Anytown Council");
        }
        CertificateSummary summary = workspace.json().readValue(check.result().embeddedJson(), CertificateSummary.class);
        assertThat(summary.awardLevel()).isEqualTo("Silver");
        assertThat(summary.validUntil()).isNull();

        Path register = dir.resolve("awards.csv");
        workspace.registerExports().writeAwardsRegister(register);
        assertThat(Files.readString(register)).contains("Award level").contains("Silver");
    }

    @Test
    void aPledgeCertificateNamesTheSignatoryOnlyWithTheirConsent() throws Exception {
        var id = CertificateReviews.pledge(workspace);
        Path out = dir.resolve("pledge.pdf");
        workspace.certificates().export(id, PASSPHRASE, out);
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Signed by Dawn Ellis, Manager, on behalf of Little Acorns Pre-school");
        }
        Review review = workspace.reviews().latest(id);
        Review withoutConsent = new Review(review.id(), review.revision(), review.status(),
                review.school(), review.charter(), review.visitDate(), review.officers(), review.participants(),
                review.judgements(), review.notes(), review.voices(), review.actions(), review.evidence(),
                review.computedOutcome(), review.decision(), review.awardedOn(), review.validUntil(),
                List.of(new org.charterreviewer.review.PledgeSignatory("Dawn Ellis", "Manager", "Little Acorns Pre-school",
                        LocalDate.of(2026, 3, 1), false)),
                review.finalisedAt(), review.finalisedBy(), review.amendmentReason(), review.createdAt(),
                review.updatedAt());
        assertThat(CertificateService.publishedSignatory(withoutConsent)).isEmpty();
        assertThat(CertificateService.publishedSignatory(review)).isPresent();
    }
}
