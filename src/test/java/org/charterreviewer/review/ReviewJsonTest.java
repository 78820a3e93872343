package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewJsonTest extends ReviewTestBase {

    ReviewExchange exchange;
    ReviewJsonWriter writer;

    @BeforeEach
    void exchange() {
        writer = new ReviewJsonWriter(workspace.json());
        exchange = new ReviewExchange(reviews, evidence, workspace.schools(), catalog, writer, new ReviewJsonReader(workspace.json()));
    }

    Review finishedReview() throws Exception {
        Review review = startWolverhampton();
        RevisionRef key = review.ref();
        for (Item item : wolverhampton.judgedItems()) {
            reviews.judge(key, item.id(), item.id().startsWith("p") ? "embedded" : "established");
        }
        reviews.flag(key, "co3", true);
        reviews.setItemNote(key, "ep1", "Pupils plan the sports day — “with us, not for us”.", false);
        reviews.addReviewNote(key, "Internal: follow up with the SENCO", true);
        reviews.addVoice(key, "ep1", "Pupil, Year 6", "We get to choose.", true);
        reviews.addVoice(key, null, "Parent carer", "Not for sharing.", false);
        reviews.addAction(key, "co1", "Send papers a week ahead", "Head teacher", LocalDate.of(2026, 6, 30));
        Path photo = EvidenceServiceTest.png(dir.resolve("assembly.png"), 64, 48);
        List<String> principles = wolverhampton.judgedItems().stream().map(Item::id).filter(id -> !id.startsWith("p")).toList();
        EvidenceFile file = evidence.attach(key, photo, principles, "Assembly", ProgressMonitor.NONE);
        evidence.setInternal(key, file.id(), true);
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Minutes");
        evidence.attach(key, minutes, List.of("p1"), null, ProgressMonitor.NONE);
        reviews.recordDecision(key, Decision.AWARDED, "Co-production runs through the school.", null);
        return reviews.finalise(key);
    }

    @Test
    void theCanonicalFileIsStableSortedAndUsesLineFeeds() throws Exception {
        Review review = finishedReview();
        byte[] first = exchange.canonicalJson(review);
        byte[] again = exchange.canonicalJson(reviews.revision(review.id(), 1));
        assertThat(again).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"formatVersion\" : 1,\n  \"reviewId\" : \"");
        assertThat(text).contains("\"said\" : \"We get to choose.\"", "\"finalisedAt\" : \"2026-03-10T10:00:00Z\"",
                "“with us, not for us”");
        assertThat(text.indexOf("\"itemId\" : \"co1\"")).isLessThan(text.indexOf("\"itemId\" : \"ep1\""));
        assertThat(exchange.canonicalSha256(review)).hasSize(64)
                .isEqualTo(java.util.HexFormat.of().formatHex(EvidenceService.sha256().digest(first)));
        // Amending later does not change the finalised revision's file.
        reviews.amend(review.id(), "More evidence");
        assertThat(exchange.canonicalJson(reviews.revision(review.id(), 1))).isEqualTo(first);
    }

    @Test
    void exportThenImportIntoAnotherDataFolderGivesTheSameReview() throws Exception {
        Review review = finishedReview();
        Path out = dir.resolve("export/review.json");
        exchange.export(review, out, true);
        assertThat(ReviewExchange.contentFolder(out).resolve(review.evidence().get(0).sha256())).exists();

        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other"))
                .withClock(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC)))) {
            ReviewFixtures.insertCharterRow(other.database().dsl(), wolverhampton);
            ReviewService otherReviews = services(other, catalog);
            EvidenceService otherEvidence = new EvidenceService(otherReviews, EvidenceSanitizer.NONE);
            ReviewExchange otherExchange = new ReviewExchange(otherReviews, otherEvidence, other.schools(), catalog,
                    new ReviewJsonWriter(other.json()), new ReviewJsonReader(other.json()));

            ImportResult result = otherExchange.importFile(out);
            assertThat(result.unchanged()).isFalse();
            assertThat(result.schoolCreated()).isTrue();
            Review imported = otherReviews.latest(review.id());
            assertThat(imported.revision()).isEqualTo(1);
            assertThat(imported.status()).isEqualTo(ReviewStatus.FINALISED);
            assertThat(imported.school().name()).isEqualTo(review.school().name());
            assertThat(imported.school().urn()).isEqualTo("103986");
            assertThat(imported.charter()).isEqualTo(review.charter());
            assertThat(imported.visitDate()).isEqualTo(review.visitDate());
            assertThat(imported.officers()).isEqualTo(review.officers());
            assertThat(imported.participants()).isEqualTo(review.participants());
            assertThat(imported.judgements()).isEqualTo(review.judgements());
            assertThat(imported.notes()).extracting(Note::itemId, Note::body, Note::internal)
                    .isEqualTo(review.notes().stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.itemId(), n.body(), n.internal())).toList());
            assertThat(imported.voices()).extracting(Voice::said).containsExactly("We get to choose.", "Not for sharing.");
            assertThat(imported.actions()).extracting(FollowUpAction::description, FollowUpAction::dueDate)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Send papers a week ahead", LocalDate.of(2026, 6, 30)));
            assertThat(imported.evidence()).extracting(EvidenceFile::sha256, EvidenceFile::originalName, EvidenceFile::internal,
                    EvidenceFile::linkedItemIds)
                    .isEqualTo(review.evidence().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.sha256(),
                            e.originalName(), e.internal(), e.linkedItemIds())).toList());
            assertThat(imported.decision()).isEqualTo(review.decision());
            assertThat(imported.computedOutcome()).isEqualTo(ComputedOutcome.MET);
            assertThat(imported.awardedOn()).isEqualTo(review.awardedOn());
            assertThat(imported.validUntil()).isEqualTo(review.validUntil());
            assertThat(imported.finalisedAt()).isEqualTo(review.finalisedAt());
            assertThat(imported.finalisedBy()).isEqualTo(review.finalisedBy());
            assertThat(imported.createdAt()).isEqualTo(review.createdAt());
            assertThat(new String(otherExchange.canonicalJson(imported), StandardCharsets.UTF_8))
                    .isEqualTo(new String(exchange.canonicalJson(review), StandardCharsets.UTF_8));
            try (var in = Files.newInputStream(otherEvidence.openContent(imported.evidence().get(1).sha256()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Minutes");
            }

            // Importing the same file again changes nothing.
            assertThat(otherExchange.importFile(out).unchanged()).isTrue();
            assertThat(otherReviews.list(ReviewFilter.all())).hasSize(1);
            assertThat(otherReviews.auditTrail(review.id())).extracting(e -> e.event()).containsExactly("review.imported");
        }
    }

    @Test
    void anotherRevisionIsKeptBesideAndAChangedSameRevisionIsRefused() throws Exception {
        Review review = finishedReview();
        Path first = dir.resolve("r1.json");
        exchange.export(review, first, true);
        Review amended = reviews.amend(review.id(), "Typo in the summary");
        reviews.recordDecision(amended.ref(), Decision.AWARDED, "Co-production runs through the whole school.", null);
        Path second = dir.resolve("r2.json");
        exchange.export(reviews.finalise(amended.ref()), second, true);

        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")))) {
            ReviewFixtures.insertCharterRow(other.database().dsl(), wolverhampton);
            long existing = ReviewFixtures.insertSchool(other.database().dsl(), "Low Hill Nursery School (renamed)", "103986");
            ReviewService otherReviews = services(other, catalog);
            ReviewExchange otherExchange = new ReviewExchange(otherReviews, new EvidenceService(otherReviews, EvidenceSanitizer.NONE),
                    other.schools(), catalog, new ReviewJsonWriter(other.json()), new ReviewJsonReader(other.json()));
            ImportResult r1 = otherExchange.importFile(first);
            assertThat(r1.schoolCreated()).isFalse();
            assertThat(otherReviews.revision(r1.ref()).school().schoolId()).isEqualTo(existing);
            otherExchange.importFile(second);
            assertThat(otherReviews.revisions(review.id())).extracting(RevisionInfo::revision).containsExactly(1, 2);

            String changed = Files.readString(first).replace("Co-production runs through the school.", "Edited");
            Path tampered = Files.writeString(dir.resolve("tampered.json"), changed);
            assertThatThrownBy(() -> otherExchange.importFile(tampered))
                    .hasMessage("Review " + review.id() + " revision 1 is already here with different content; nothing was imported.");
        }
    }

    @Test
    void malformedFilesAreReportedWithFileLineAndColumn() throws Exception {
        ReviewJsonReader reader = new ReviewJsonReader(workspace.json());
        assertThat(problem(reader, "bad.json", "{\n  \"formatVersion\" : 1,\n  \"reviewId\" : }"))
                .isEqualTo("bad.json:3:16: this is not valid JSON: Unexpected character ('}' (code 125)): expected a value");
        assertThat(problem(reader, "empty.json", "")).isEqualTo("empty.json: the file is empty");
        assertThat(problem(reader, "cut.json", "{\n  \"formatVersion\" : 1,\n  \"school\" : { \"name\" : \"Oak"))
                .startsWith("cut.json:3:").endsWith(": the file ends too early: a closing bracket, brace or quote is missing");
        assertThat(problem(reader, "deep.json", "[".repeat(5_000)))
                .startsWith("deep.json:").contains("nested more deeply").doesNotContain("StreamReadConstraints");
        Path latin1 = Files.write(dir.resolve("latin1.json"),
                "{ \"formatVersion\" : 1, \"school\" : { \"name\" : \"Ysgol Gymraeg Caerdydd \u00e2\u00ea\" } }"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(catchThrowableOfType(ReviewFileException.class, () -> reader.read(latin1)).problems())
                .singleElement().asString().endsWith("the file is not UTF-8 text; save it as UTF-8 and try again");

        Review review = finishedReview();
        String good = new String(exchange.canonicalJson(review), StandardCharsets.UTF_8);
        assertThat(problem(reader, "extra.json", good.replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1,\n  \"colour\" : \"red\",")))
                .isEqualTo("extra.json:3:3: unknown field “colour”");
        assertThat(problem(reader, "nested.json", good.replace("\"urn\" : \"103986\",", "\"urn\" : \"103986\", \"phone\" : 1,")))
                .isEqualTo("nested.json:8:23: unknown field “phone” (school)");
        String badStatus = good.replace("\"status\" : \"FINALISED\"", "\"status\" : \"DONE\"");
        assertThat(problem(reader, "status.json", badStatus)).isEqualTo("status.json:5:14: “DONE” is not a valid value for “status”");
        String badDate = good.replace("\"dueDate\" : \"2026-06-30\"", "\"dueDate\" : \"30/06/2026\"");
        int line = lineOf(badDate, "30/06/2026");
        assertThat(problem(reader, "date.json", badDate)).isEqualTo("date.json:" + line + ":19: “30/06/2026” is not a valid value for “actions[0].dueDate”");
        String noName = good.replaceFirst("\"name\" : \"Low Hill Nursery School\",", "");
        assertThat(problem(reader, "school.json", noName)).startsWith("school.json:").endsWith(": missing field “name” in school");
        String wrongType = good.replace("\"flagged\" : true", "\"flagged\" : \"yes\"");
        assertThat(problem(reader, "null.json", good.replace("\"role\" : \"Head teacher\"", "\"role\" : null")))
                .isEqualTo("null.json: “participants[0].role” must have a value");
        assertThat(problem(reader, "flag.json", wrongType)).matches("flag\\.json:\\d+:\\d+: .*judgements\\[\\d+\\]\\.flagged.*");
    }

    @Test
    void wrongReferencesAreReportedInPlainWordsAndNothingIsImported() throws Exception {
        Review review = finishedReview();
        String good = new String(exchange.canonicalJson(review), StandardCharsets.UTF_8);
        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")))) {
            ReviewFixtures.insertCharterRow(other.database().dsl(), wolverhampton);
            ReviewService otherReviews = services(other, catalog);
            ReviewExchange otherExchange = new ReviewExchange(otherReviews, new EvidenceService(otherReviews, EvidenceSanitizer.NONE),
                    other.schools(), catalog, new ReviewJsonWriter(other.json()), new ReviewJsonReader(other.json()));

            assertThat(importProblem(otherExchange, "v.json", good.replace("\"version\" : \"2024.1\"", "\"version\" : \"9\"")))
                    .isEqualTo("v.json: the charter wolverhampton-co-production-charter version 9 is not in the charter library; import it first.");
            String sha = review.charter().sha256();
            assertThat(importProblem(otherExchange, "h.json", good.replace(sha, "a".repeat(64))))
                    .isEqualTo("h.json: the charter wolverhampton-co-production-charter version 2024.1 in the library is not the one this review was made with (its SHA-256 differs).");
            String wrong = good.replace("\"itemId\" : \"co3\",\n      \"level\" : \"established\"", "\"itemId\" : \"zz1\",\n      \"level\" : \"established\"")
                    .replace("\"level\" : \"embedded\"", "\"level\" : \"excellent\"")
                    .replace("\"evidence\" : 2,", "\"evidence\" : 7,");
            assertThat(importProblem(otherExchange, "refs.json", wrong)).isEqualTo(String.join("\n",
                    "refs.json: a link to item “p1” names evidence 7, which is not in the file."));
            String wrongItems = good.replace("\"itemId\" : \"co3\",\n      \"level\" : \"established\"", "\"itemId\" : \"zz1\",\n      \"level\" : \"established\"")
                    .replace("\"level\" : \"embedded\"", "\"level\" : \"excellent\"");
            List<String> problems = importProblems(otherExchange, "items.json", wrongItems);
            assertThat(problems).contains("items.json: a judgement names item “zz1”, which is not in the charter wolverhampton-co-production-charter@2024.1.",
                    "items.json: judgement of “p1”: “excellent” is not a level of the charter’s scale.");
            assertThat(problems).hasSize(10);
            // The evidence folder is missing for a file written elsewhere.
            Path lonely = Files.writeString(dir.resolve("lonely.json"), good);
            assertThat(importProblem(otherExchange, null, lonely)).startsWith("lonely.json: the content of evidence 1 (“assembly.png”) is neither");
            assertThat(otherReviews.list(ReviewFilter.all())).isEmpty();
            assertThat(other.database().dsl().fetchCount(org.charterreviewer.storage.jooq.Tables.SCHOOL)).isZero();
        }
    }

    private String problem(ReviewJsonReader reader, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        try {
            reader.read(file);
        } catch (ReviewFileException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("no problem found in " + name);
    }

    private String importProblem(ReviewExchange target, String name, String text) throws Exception {
        List<String> problems = importProblems(target, name, text);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private String importProblem(ReviewExchange target, String ignored, Path file) {
        try {
            target.importFile(file);
        } catch (ReviewFileException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("imported");
    }

    private List<String> importProblems(ReviewExchange target, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Path content = ReviewExchange.contentFolder(file);
        Files.createDirectories(content);
        try {
            target.importFile(file);
        } catch (ReviewFileException e) {
            return e.problems();
        }
        throw new AssertionError("imported " + name);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
