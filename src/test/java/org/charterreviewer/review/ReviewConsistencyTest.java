package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review files written elsewhere whose parts contradict each other or their charter are refused on
 * import with a sentence naming the field, and nothing is stored; finalising checks the same rules.
 * Each crafted file is a real export with one thing changed.
 */
class ReviewConsistencyTest extends ReviewTestBase {

    private String exported;
    private Path folder;
    private Workspace other;
    private ReviewService otherReviews;
    private ReviewExchange otherExchange;

    @BeforeEach
    void exportAnAwardedReview() throws Exception {
        ReviewExchange exchange = new ReviewExchange(reviews, evidence, workspace.schools(), catalog, new ReviewJsonWriter(workspace.json()),
                new ReviewJsonReader(workspace.json()));
        Review review = startWolverhampton();
        for (Item item : wolverhampton.judgedItems()) {
            reviews.judge(review.ref(), item.id(), item.id().startsWith("p") ? "embedded" : "established");
        }
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the pupils’ council");
        List<String> principles = wolverhampton.judgedItems().stream().map(Item::id).filter(id -> !id.startsWith("p")).toList();
        evidence.attach(review.ref(), minutes, principles, "Minutes", ProgressMonitor.NONE);
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Co-production runs through the school.", null);
        Path out = dir.resolve("export/review.json");
        exchange.export(reviews.finalise(review.ref()), out, true);
        exported = Files.readString(out);
        folder = ReviewExchange.contentFolder(out);

        other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")));
        ReviewFixtures.insertCharterRow(other.database().dsl(), wolverhampton);
        otherReviews = services(other, catalog);
        otherExchange = new ReviewExchange(otherReviews, new EvidenceService(otherReviews, EvidenceSanitizer.NONE), other.schools(), catalog,
                new ReviewJsonWriter(other.json()), new ReviewJsonReader(other.json()));
    }

    @AfterEach
    void closeOther() {
        other.close();
    }

    @Test
    void theUnchangedExportImports() throws Exception {
        assertThat(otherExchange.importFile(craft("good.json", text -> text)).unchanged()).isFalse();
    }

    @Test
    void anOutcomeTheJudgementsDoNotGiveIsRefused() throws Exception {
        // One promise judged "not yet": the rule is not met, but the file still says MET and awarded.
        String crafted = replaceOnce(exported, "\"itemId\" : \"p1\",\n      \"level\" : \"embedded\"",
                "\"itemId\" : \"p1\",\n      \"level\" : \"not-yet\"");
        assertThat(refusals("met.json", crafted)).containsExactly("met.json: “outcome” says MET, but the award rule of the"
                + " charter wolverhampton-co-production-charter@2024.1 gives NOT_MET for these judgements and this evidence.");
    }

    @Test
    void aValidUntilDateTheCharterDoesNotGiveIsRefused() throws Exception {
        String crafted = replaceOnce(exported, "\"validUntil\" : \"2028-03-10\"", "\"validUntil\" : \"2099-01-01\"");
        assertThat(refusals("until.json", crafted)).containsExactly("until.json: “validUntil” is 2099-01-01, but the"
                + " charter’s award lasts 24 months from “awardedOn” (2026-03-10), which gives 2028-03-10.");
    }

    @Test
    void anAwardWithAnItemLeftUnjudgedIsRefusedEvenWithAnOverrideReason() throws Exception {
        String crafted = replaceOnce(exported, "\"itemId\" : \"p9\",\n      \"level\" : \"embedded\"",
                "\"itemId\" : \"p9\",\n      \"level\" : null")
                .replace("\"outcome\" : \"MET\"", "\"outcome\" : \"NOT_MET\"")
                .replace("\"summary\" : \"Co-production runs through the school.\"",
                        "\"summary\" : \"Co-production runs through the school.\", \"overrideReason\" : \"Seen on the visit\"");
        assertThat(refusals("unjudged.json", crafted)).containsExactly("unjudged.json: “judgements”: 1 item of the"
                + " charter is not judged (p9); an award needs every item judged.");
    }

    @Test
    void anOverrideWithoutItsReasonIsRefused() throws Exception {
        String crafted = replaceOnce(exported, "\"itemId\" : \"p1\",\n      \"level\" : \"embedded\"",
                "\"itemId\" : \"p1\",\n      \"level\" : \"not-yet\"")
                .replace("\"outcome\" : \"MET\"", "\"outcome\" : \"NOT_MET\"");
        assertThat(refusals("override.json", crafted)).containsExactly("override.json: “decision.overrideReason” is"
                + " missing: the decision “awarded” differs from what the award rule gave (NOT_MET), so the reason for"
                + " overriding it must be recorded.");
    }

    @Test
    void aSecondRevisionWithoutTheFirstAndWithoutAReasonIsRefused() throws Exception {
        String crafted = replaceOnce(exported, "\"revision\" : 1,\n  \"status\"", "\"revision\" : 2,\n  \"status\"")
                .replace("\"revision\" : 1,\n      \"status\"", "\"revision\" : 2,\n      \"status\"");
        assertThat(refusals("chain.json", crafted)).containsExactly(
                "chain.json: “amendmentReason” is missing on revision 2: every revision after the first records why the"
                        + " review was amended.",
                "chain.json: “revisions” must list every revision from 1 to 2, each once; it lists [2].");
    }

    @Test
    void anAwardDatedBeforeTheVisitIsRefused() throws Exception {
        String crafted = replaceOnce(exported, "\"date\" : \"2026-03-09\"", "\"date\" : \"2026-04-01\"");
        assertThat(refusals("visit.json", crafted))
                .containsExactly("visit.json: “awardedOn” (2026-03-10) is before the visit date (2026-04-01).");
    }

    @Test
    void aRedactedCopyWithoutItsInternalEvidenceIsRecountedWithoutTheEvidenceRuleOnly() throws Exception {
        // As a redacted bundle carries it when the minutes were internal: no evidence, so the evidence rule fails.
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                other.json().readTree(exported);
        tree.withArray("evidence").removeAll();
        tree.withArray("evidenceLinks").removeAll();
        ReviewDocument redacted = new ReviewJsonReader(other.json()).read(
                new java.io.ByteArrayInputStream(tree.toPrettyString().getBytes(StandardCharsets.UTF_8)), "review.json");
        assertThatThrownBy(() -> otherExchange.importDocument(redacted, "review.json", EvidenceContentSource.NONE, null,
                tx -> { }, ReviewConsistency.Source.FILE)).hasMessageContaining("“outcome” says MET");

        assertThat(otherExchange.importDocument(redacted, "review.json", EvidenceContentSource.NONE, null, tx -> { },
                ReviewConsistency.Source.REDACTED_FILE).unchanged()).isFalse();

        ReviewDocument lowered = new ReviewJsonReader(other.json()).read(new java.io.ByteArrayInputStream(
                replaceOnce(tree.toPrettyString(), "\"level\" : \"embedded\"", "\"level\" : \"not-yet\"")
                        .getBytes(StandardCharsets.UTF_8)), "review.json");
        ReviewConsistency consistency = new ReviewConsistency();
        assertThat(consistency.problems(lowered, wolverhampton, ReviewConsistency.Source.REDACTED_FILE))
                .as("the judgements are still recounted").singleElement().asString().startsWith("“outcome” says MET");
    }

    @Test
    void finalisingChecksTheSameRules() {
        Review review = startWolverhampton();
        judgeAll(review, "established");
        reviews.judge(review.ref(), "p9", null);
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Strong", "Evidence seen on paper");
        assertThatThrownBy(() -> reviews.finalise(review.ref())).isInstanceOf(InvalidInputException.class)
                .hasMessage("“judgements”: 1 item of the charter is not judged (p9); an award needs every item judged.");
        reviews.judge(review.ref(), "p9", "established");
        reviews.setVisit(review.ref(), LocalDate.of(2026, 5, 1), List.of("Officer One"));
        assertThatThrownBy(() -> reviews.finalise(review.ref()))
                .hasMessage("“awardedOn” (2026-03-10) is before the visit date (2026-05-01).");
        assertThat(reviews.revision(review.ref()).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        reviews.setVisit(review.ref(), LocalDate.of(2026, 3, 9), List.of("Officer One"));
        assertThat(reviews.finalise(review.ref()).status()).isEqualTo(ReviewStatus.FINALISED);
    }

    private List<String> refusals(String name, String crafted) throws Exception {
        Path file = craft(name, text -> crafted);
        try {
            otherExchange.importFile(file);
        } catch (ReviewFileException e) {
            assertThat(otherReviews.list(ReviewFilter.all())).as("nothing stored").isEmpty();
            assertThat(other.database().dsl().fetchCount(org.charterreviewer.storage.jooq.Tables.SCHOOL)).isZero();
            return e.problems();
        }
        throw new AssertionError(name + " was imported");
    }

    private Path craft(String name, UnaryOperator<String> change) throws Exception {
        Path file = Files.writeString(dir.resolve(name), change.apply(exported), StandardCharsets.UTF_8);
        Path content = ReviewExchange.contentFolder(file);
        Files.createDirectories(content);
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
        return file;
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text).as("the export holds %s", target).contains(target);
        return text.replace(target, replacement);
    }
}
