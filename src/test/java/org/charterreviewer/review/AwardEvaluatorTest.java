package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.charter.AwardCondition;
import org.charterreviewer.charter.AwardRule;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.junit.jupiter.api.Test;

class AwardEvaluatorTest {

    private final AwardEvaluator evaluator = new AwardEvaluator();
    private final Charter wolverhampton = ReviewFixtures.wolverhampton();

    @Test
    void aReviewWithEveryItemEstablishedAndEvidencedMeetsTheRule() {
        Review review = review(wolverhampton, allAt(wolverhampton, "established"), evidenceForAll(wolverhampton, 1),
                null);
        Outcome outcome = evaluator.evaluate(wolverhampton, review);
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.failures()).isEmpty();
        assertThat(texts(outcome)).contains("Communication: all 5 statements at Emerging or above",
                "We promise: all 9 promises at Emerging or above",
                "Communication: 5 of 5 statements at Established or above (needs more than half)",
                "Equal partnership: every statement has evidence");
    }

    @Test
    void itemsBelowTheLevelAreCountedInTheSectionsOwnWords() {
        Map<String, String> levels = allAt(wolverhampton, "established");
        levels.put("co1", "not-yet");
        levels.put("co2", "not-yet");
        Outcome outcome = evaluator.evaluate(wolverhampton, review(wolverhampton, levels, evidenceForAll(wolverhampton, 1), null));
        assertThat(outcome.met()).isFalse();
        assertThat(failures(outcome)).containsExactly("Communication: 2 of 5 statements below Emerging");
        assertThat(outcome.failures().get(0).sectionId()).isEqualTo("communication");
    }

    @Test
    void unjudgedItemsAreReportedOnceAndNeverCountAsMeetingALevel() {
        Map<String, String> levels = allAt(wolverhampton, "established");
        levels.remove("p1");
        levels.remove("p2");
        levels.remove("p3");
        Outcome outcome = evaluator.evaluate(wolverhampton, review(wolverhampton, levels, evidenceForAll(wolverhampton, 1), null));
        assertThat(outcome.met()).isFalse();
        assertThat(failures(outcome)).containsExactly("We promise: 3 promises not judged yet");
        assertThat(texts(outcome)).contains("We promise: 6 of 9 promises at Established or above (needs more than half)");
    }

    @Test
    void oneUnjudgedItemUsesTheSingularNoun() {
        Map<String, String> levels = allAt(wolverhampton, "established");
        levels.remove("ep1");
        Outcome outcome = evaluator.evaluate(wolverhampton, review(wolverhampton, levels, evidenceForAll(wolverhampton, 1), null));
        assertThat(failures(outcome)).containsExactly("Equal partnership: 1 statement not judged yet");
    }

    @Test
    void perSectionShareStrictlyMoreThanHalfFailsAtExactlyHalf() {
        Charter charter = withRule(sixItemCharter(), new AwardCondition.ShareOfItemsAtLeast("established", 0.5, true, true, List.of()));
        Map<String, String> levels = levels(charter, "established", "established", "established", "emerging", "emerging", "emerging");
        Outcome outcome = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(outcome.met()).isFalse();
        assertThat(failures(outcome)).containsExactly(
                "Communication: only 3 of 6 statements at Established or above (needs more than half)");
    }

    @Test
    void perSectionShareAtLeastHalfPassesAtExactlyHalf() {
        Charter charter = withRule(sixItemCharter(), new AwardCondition.ShareOfItemsAtLeast("established", 0.5, false, true, List.of()));
        Map<String, String> levels = levels(charter, "established", "embedded", "established", "emerging", "emerging", "not-yet");
        Outcome outcome = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(outcome.met()).isTrue();
        assertThat(texts(outcome)).containsExactly(
                "Communication: 3 of 6 statements at Established or above (needs at least half)");
    }

    @Test
    void otherSharesAreWrittenAsPercentages() {
        Charter charter = withRule(sixItemCharter(), new AwardCondition.ShareOfItemsAtLeast("established", 0.75, false, true, List.of()));
        Map<String, String> levels = levels(charter, "established", "established", "established", "established", "emerging", "emerging");
        Outcome outcome = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(failures(outcome)).containsExactly(
                "Communication: only 4 of 6 statements at Established or above (needs at least 75%)");
    }

    @Test
    void wholeCharterShareAddsUpEverySection() {
        Charter charter = withRule(wolverhampton, new AwardCondition.ShareOfItemsAtLeast("established", 0.5, true, false, List.of()));
        Map<String, String> levels = allAt(charter, "emerging");
        // 18 of 35 items established: more than half across the charter, though not in every section.
        List<String> ids = charter.judgedItems().stream().map(Item::id).toList();
        ids.subList(0, 18).forEach(id -> levels.put(id, "established"));
        Outcome outcome = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(outcome.met()).isTrue();
        assertThat(texts(outcome)).containsExactly("Whole charter: 18 of 35 items at Established or above (needs more than half)");
        assertThat(outcome.findings().get(0).sectionId()).isNull();

        ids.subList(17, 18).forEach(id -> levels.put(id, "emerging"));
        Outcome failing = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(failures(failing)).containsExactly("Whole charter: only 17 of 35 items at Established or above (needs more than half)");
    }

    @Test
    void sectionFiltersLimitAConditionToTheNamedSections() {
        Charter charter = withRule(wolverhampton,
                new AwardCondition.EveryItemAtLeast("embedded", List.of("open-minded")),
                new AwardCondition.ShareOfItemsAtLeast("embedded", 1.0, false, false, List.of("open-minded", "communication")));
        Map<String, String> levels = allAt(charter, "not-yet");
        charter.section("open-minded").orElseThrow().items().forEach(i -> levels.put(i.id(), "embedded"));
        charter.section("communication").orElseThrow().items().forEach(i -> levels.put(i.id(), "embedded"));
        Outcome outcome = evaluator.evaluate(charter, review(charter, levels, Map.of(), null));
        assertThat(outcome.met()).isTrue();
        assertThat(texts(outcome)).containsExactly("Open-minded: all 5 statements at Embedded or above",
                "Open-minded, Communication: 10 of 10 statements at Embedded or above (needs all)");
    }

    @Test
    void evidenceIsRequiredOnlyInTheNamedSectionsWithSingularAndPluralWording() {
        Map<String, Integer> evidence = evidenceForAll(wolverhampton, 1);
        evidence.remove("ep3");
        evidence.remove("su1");
        evidence.remove("su2");
        evidence.remove("p1"); // promises need no evidence under this rule
        Outcome outcome = evaluator.evaluate(wolverhampton, review(wolverhampton, allAt(wolverhampton, "established"), evidence, null));
        assertThat(failures(outcome)).containsExactly("Equal partnership: 1 statement has no evidence",
                "Shared understanding: 2 statements have no evidence");
    }

    @Test
    void aMinimumAboveOneIsExplainedWithTheNumber() {
        Charter charter = withRule(sixItemCharter(), new AwardCondition.EveryItemHasEvidence(2, List.of()));
        Map<String, Integer> evidence = evidenceForAll(charter, 2);
        evidence.put("co1", 1);
        Outcome outcome = evaluator.evaluate(charter, review(charter, Map.of(), evidence, null));
        assertThat(failures(outcome)).containsExactly("Communication: 1 statement has fewer than 2 evidence files");
        Outcome met = evaluator.evaluate(charter, review(charter, Map.of(), evidenceForAll(charter, 2), null));
        assertThat(texts(met)).containsExactly("Communication: every statement has at least 2 evidence files");
    }

    @Test
    void aPledgeNeedsEveryCommitmentAcknowledgedAndASignatory() {
        Charter bcp = ReviewFixtures.bcp();
        Outcome unsigned = evaluator.evaluate(bcp, review(bcp, allAt(bcp, "acknowledged"), Map.of(), null));
        assertThat(unsigned.met()).isFalse();
        assertThat(failures(unsigned)).containsExactly("No signatory recorded");

        PledgeSignatory signatory = new PledgeSignatory("A. Head", "Head teacher", "Low Hill Nursery", LocalDate.of(2026, 3, 1), true);
        Outcome signed = evaluator.evaluate(bcp, review(bcp, allAt(bcp, "acknowledged"), Map.of(), signatory));
        assertThat(signed.met()).isTrue();
        assertThat(texts(signed)).containsExactly("Our commitment: all 4 commitments at Acknowledged or above",
                "Signatory recorded");

        PledgeSignatory incomplete = new PledgeSignatory("A. Head", " ", "Low Hill Nursery", LocalDate.of(2026, 3, 1), true);
        assertThat(evaluator.evaluate(bcp, review(bcp, allAt(bcp, "acknowledged"), Map.of(), incomplete)).met()).isFalse();

        Map<String, String> three = allAt(bcp, "acknowledged");
        three.remove("c4");
        assertThat(failures(evaluator.evaluate(bcp, review(bcp, three, Map.of(), signatory))))
                .containsExactly("Our commitment: 1 commitment not judged yet");
    }

    @Test
    void contextOnlySectionsAreNeverJudged() {
        Section context = new Section("definition", "Our definition", ReviewFixtures.statement(), List.of(), true,
                List.of(new Item("d1", "Co-production is ...", null)));
        List<Section> sections = new ArrayList<>(sixItemCharter().sections());
        sections.add(0, context);
        Charter base = sixItemCharter();
        Charter charter = new Charter(1, base.id(), base.version(), base.kind(), base.title(), base.issuingBody(),
                base.source(), base.dates(), base.introduction(), sections, base.closing(), base.scale(),
                new AwardRule("all", List.of(new AwardCondition.EveryItemAtLeast("emerging", List.of()))), base.certificate());
        Outcome outcome = evaluator.evaluate(charter, review(charter, allAt(charter, "emerging"), Map.of(), null));
        assertThat(outcome.met()).isTrue();
        assertThat(texts(outcome)).containsExactly("Communication: all 6 statements at Emerging or above");
    }

    // --- helpers ---

    private static Charter sixItemCharter() {
        Charter w = ReviewFixtures.wolverhampton();
        Section communication = ReviewFixtures.section("communication", "Communication", ReviewFixtures.statement(), "co", 6);
        return new Charter(1, "six", "1", w.kind(), "Six", "Council", w.source(), w.dates(), List.of(),
                List.of(communication), List.of(), w.scale(), w.awardRule(), w.certificate());
    }

    private static Charter withRule(Charter c, AwardCondition... conditions) {
        return new Charter(c.formatVersion(), c.id(), c.version(), c.kind(), c.title(), c.issuingBody(), c.source(),
                c.dates(), c.introduction(), c.sections(), c.closing(), c.scale(), new AwardRule("test", List.of(conditions)),
                c.certificate());
    }

    private static Map<String, String> allAt(Charter charter, String level) {
        Map<String, String> levels = new HashMap<>();
        charter.judgedItems().forEach(i -> levels.put(i.id(), level));
        return levels;
    }

    private static Map<String, String> levels(Charter charter, String... levels) {
        Map<String, String> map = new HashMap<>();
        List<Item> items = charter.judgedItems();
        for (int i = 0; i < levels.length; i++) {
            map.put(items.get(i).id(), levels[i]);
        }
        return map;
    }

    private static Map<String, Integer> evidenceForAll(Charter charter, int count) {
        Map<String, Integer> evidence = new HashMap<>();
        charter.judgedItems().forEach(i -> evidence.put(i.id(), count));
        return evidence;
    }

    private static List<String> texts(Outcome outcome) {
        return outcome.findings().stream().map(Finding::text).toList();
    }

    private static List<String> failures(Outcome outcome) {
        return outcome.failures().stream().map(Finding::text).toList();
    }

    @Test
    void withAwardLevelsTheHighestLevelReachedIsTheOneWhoseConditionsAndThoseBelowItHold() throws Exception {
        Charter levels = new org.charterreviewer.charter.CharterReader().read(
                new org.charterreviewer.charter.CharterSource("levels-charter.json", java.nio.file.Files.readAllBytes(
                        java.nio.file.Path.of("src/test/resources/charters/valid/levels-charter.json"))))
                .charter().orElseThrow();
        // Every item Established but no evidence: Gold's own condition holds, Silver's evidence does not.
        Outcome outcome = evaluator.evaluate(levels, review(levels, allAt(levels, "established"), Map.of(), null));
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.level().name()).isEqualTo("Bronze");
        assertThat(texts(outcome)).contains("Bronze: reached", "Silver: not reached",
                "Silver — Part 1: only 0 evidence files (needs 1)",
                "Gold: its conditions hold, but Silver is not reached, so Gold is not either");
        Outcome none = evaluator.evaluate(levels, review(levels, allAt(levels, "not-yet"), Map.of(), null));
        assertThat(none.met()).isFalse();
        assertThat(none.reachedLevel()).isEmpty();
    }

    static Review review(Charter charter, Map<String, String> levels, Map<String, Integer> evidenceCounts,
            PledgeSignatory signatory) {
        Map<String, Judgement> judgements = new HashMap<>();
        levels.forEach((item, level) -> judgements.put(item, new Judgement(item, level, false)));
        List<EvidenceFile> evidence = new ArrayList<>();
        long id = 1;
        for (Map.Entry<String, Integer> e : evidenceCounts.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                evidence.add(new EvidenceFile(id++, "0".repeat(64), "photo.jpg", 10, "image/jpeg", null, false, false,
                        Instant.EPOCH, List.of(e.getKey())));
            }
        }
        return new Review(UUID.randomUUID(), 1, ReviewStatus.IN_PROGRESS,
                new SchoolRef(1, "Low Hill Nursery School", "103986", null),
                new CharterRef(charter.id(), charter.version(), "0".repeat(64)), LocalDate.of(2026, 3, 1), List.of(),
                List.of(), judgements, List.of(), List.of(), List.of(), evidence, null, null, null, null,
                signatory == null ? List.of() : List.of(signatory), null,
                null, null, Instant.EPOCH, Instant.EPOCH);
    }
}
