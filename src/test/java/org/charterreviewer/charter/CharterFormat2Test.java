package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What format 2 adds reads into the charter as written, and the writer gives it back unchanged in meaning. */
class CharterFormat2Test {

    static final Path LEVELS = Path.of("src/test/resources/charters/valid/levels-charter.json");

    static Charter levelsCharter() throws IOException {
        CharterReadResult result = new CharterReader().read(new CharterSource("levels-charter.json",
                Files.readAllBytes(LEVELS)));
        assertThat(result.problems()).isEmpty();
        return result.charter().orElseThrow();
    }

    @Test
    void itemsKeepTheirPublishedNumberAndTitleBesideTheText() throws IOException {
        Item open = levelsCharter().item("open").orElseThrow();
        assertThat(open.number()).isEqualTo("1");
        assertThat(open.title()).isEqualTo("Open and honest");
        assertThat(open.text()).isEqualTo("Honest communication needs to happen regularly.");
        assertThat(open.numberedText()).isEqualTo("1. Open and honest — Honest communication needs to happen regularly.");
        assertThat(levelsCharter().item("respond").orElseThrow().numberedText()).isEqualTo("We respond to what we hear.");
    }

    @Test
    void sectionsWithoutATitleAreCalledPartNAfterTheirPlace() throws IOException {
        Charter charter = levelsCharter();
        assertThat(charter.sections()).extracting(Section::title).containsExactly("Part 1", "Part 2");
        assertThat(charter.sections()).extracting(Section::titled).containsExactly(false, false);
    }

    @Test
    void issuingBodyValidityAndUpdatedDateAreOptional() throws IOException {
        Charter charter = levelsCharter();
        assertThat(charter.formatVersion()).isEqualTo(2);
        assertThat(charter.issuingBody()).isNull();
        assertThat(charter.certificate().hasEndDate()).isFalse();
        assertThat(charter.dates().updated()).isEqualTo("March 2025");
    }

    @Test
    void awardLevelsAreReadInOrderWithTheirOwnConditions() throws IOException {
        AwardRule rule = levelsCharter().awardRule();
        assertThat(rule.hasLevels()).isTrue();
        assertThat(rule.conditions()).isEmpty();
        assertThat(rule.levels()).extracting(AwardLevel::name).containsExactly("Bronze", "Silver", "Gold");
        AwardCondition.ShareOfItemsAtLeast share = (AwardCondition.ShareOfItemsAtLeast) rule.levels().get(1)
                .conditions().get(0);
        assertThat(share.fraction()).isEqualTo("2/3");
        assertThat(rule.levels().get(1).conditions().get(1))
                .isEqualTo(new AwardCondition.EverySectionHasEvidence(1, java.util.List.of()));
    }

    @Test
    void aFractionIsComparedExactly() {
        AwardCondition.ShareOfItemsAtLeast twoThirds = new AwardCondition.ShareOfItemsAtLeast("yes", 2.0 / 3, false,
                true, java.util.List.of(), "2/3");
        assertThat(twoThirds.isMetBy(2, 3)).isTrue();
        assertThat(twoThirds.isMetBy(4, 6)).isTrue();
        assertThat(twoThirds.isMetBy(66, 100)).isFalse();
        AwardCondition.ShareOfItemsAtLeast decimal = new AwardCondition.ShareOfItemsAtLeast("yes", 0.67, false, true,
                java.util.List.of());
        // The decimal the fraction replaces: 2 of 3 is 0.666…, short of 0.67.
        assertThat(decimal.isMetBy(2, 3)).isFalse();
    }

    @Test
    void theWriterGivesBackAnEqualCharter() throws IOException {
        Charter charter = levelsCharter();
        String written = new CharterWriter().write(charter);
        CharterReadResult again = new CharterReader().read("again.json", written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.charter()).contains(charter);
        assertThat(written).contains("\"share\": \"2/3\"").doesNotContain("validityMonths").doesNotContain("issuingBody")
                .doesNotContain("Part 1");
    }
}
