package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A plain outline becomes a charter file that validates; what cannot be read is named by line. */
class OutlineDrafterTest {

    static final Path OUTLINES = Path.of("src/test/resources/outlines");

    static Stream<String> sampleOutlines() throws IOException {
        try (Stream<Path> files = Files.list(OUTLINES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleOutlines")
    void anOutlineOfEachSampleDraftsIntoAFileThatValidates(String name) throws IOException {
        OutlineDraft draft = new OutlineDrafter().draft(name, Files.readString(OUTLINES.resolve(name)));
        assertThat(draft.problems()).isEmpty();
        CharterReadResult read = new CharterReader().read(name.replace(".md", ".json"), draft.jsonText());
        assertThat(read.problems()).isEmpty();
        Charter drafted = read.charter().orElseThrow();
        Charter sample = new CharterReader().read(new CharterSource(name, Files.readAllBytes(
                Path.of("sample-charters", name.replace(".md", ".json"))))).charter().orElseThrow();
        assertThat(drafted.id()).isEqualTo(sample.id());
        assertThat(drafted.kind()).isEqualTo(sample.kind());
        assertThat(drafted.issuingBody()).isEqualTo(sample.issuingBody());
        assertThat(drafted.judgedItems()).extracting(Item::fullText)
                .containsExactlyElementsOf(sample.judgedItems().stream().map(Item::text).toList());
        assertThat(drafted.judgedSections()).extracting(Section::title)
                .containsExactlyElementsOf(sample.judgedSections().stream().map(Section::title).toList());
        assertThat(drafted.awardRule().conditions()).hasSameSizeAs(sample.awardRule().conditions());
    }

    @Test
    void titledItemsUntitledSectionsAndAwardLevelsComeFromPlainLines() {
        String outline = """
                id: anytown-values-charter
                title: Anytown Values Charter
                council: Anytown Council
                scale: Not yet, Emerging, Established
                award Bronze: every item at least Emerging
                award Silver: 2/3 of items at least Established; 1 evidence per section
                award Gold: every item at least Established

                Our values, agreed with families in 2024.

                #
                - 1. Open and honest — Honest communication needs to happen regularly.
                - Listening - We listen to children and families.
                # Our promises
                - We respond to what we hear.
                """;
        OutlineDraft draft = new OutlineDrafter().draft("values.md", outline);
        assertThat(draft.problems()).isEmpty();
        Charter charter = draft.charter().orElseThrow();
        assertThat(charter.introduction()).containsExactly("Our values, agreed with families in 2024.");
        assertThat(charter.sections()).extracting(Section::titled).containsExactly(false, true);
        Item first = charter.sections().get(0).items().get(0);
        assertThat(first.number()).isEqualTo("1.");
        assertThat(first.title()).isEqualTo("Open and honest");
        assertThat(first.text()).isEqualTo("Honest communication needs to happen regularly.");
        assertThat(charter.sections().get(0).items().get(1).title()).isEqualTo("Listening");
        assertThat(charter.awardRule().levels()).extracting(AwardLevel::name).containsExactly("Bronze", "Silver", "Gold");
        assertThat(charter.awardRule().levels().get(1).conditions()).containsExactly(
                new AwardCondition.ShareOfItemsAtLeast("established", 2.0 / 3, false, true, java.util.List.of(), "2/3"),
                new AwardCondition.EverySectionHasEvidence(1, java.util.List.of()));
        assertThat(draft.defaultsUsed()).anySatisfy(d -> assertThat(d).contains("no end date"));
    }

    @Test
    void theDefaultsUsedAreNamed() {
        OutlineDraft draft = new OutlineDrafter().draft("short.md", """
                id: short-charter
                title: Short Charter
                council: Anytown Council

                # Promises
                - We listen.
                """);
        assertThat(draft.isDrafted()).isTrue();
        assertThat(draft.defaultsUsed()).contains(
                "No version given: using \"1.0\".",
                "No scale given: using \"Not yet, Emerging, Established, Embedded\" (lowest first).",
                "No award rule given: using \"every item at least Emerging\".",
                "No award name given: using \"Short Charter status\".");
    }

    @Test
    void whatCannotBeReadIsReportedByLine() {
        OutlineDraft draft = new OutlineDrafter().draft("bad.md", """
                id: Bad Charter
                title: Bad
                colour: blue
                award: every item at least Gold

                - An item before any heading.
                # Empty section
                # Promises
                - We listen.
                """);
        assertThat(draft.isDrafted()).isFalse();
        assertThat(draft.problems()).extracting(OutlineDraft.Problem::toString).containsExactly(
                "bad.md:3: \"colour:\" is not a key an outline knows; use one of: id, version, title, council, kind,"
                        + " scale, award, award name, validity months, statement, published, updated, review"
                        + " (or \"award Bronze:\" and so on for award levels).",
                "bad.md:6: This item comes before the first section: put a \"# heading\" line (or a lone \"#\") above it.",
                "bad.md:1: The outline needs a \"council:\" line at the top (before the first # heading).",
                "bad.md:7: The section \"# Empty section\" has no items: write at least one \"- \" line under it.");
        OutlineDraft second = new OutlineDrafter().draft("bad.md", """
                id: Bad Charter
                title: Bad
                council: Anytown
                award: every item at least Gold

                # Promises
                - We listen.
                """);
        assertThat(second.problems()).extracting(OutlineDraft.Problem::toString).containsExactly(
                "bad.md:1: id \"Bad Charter\" cannot be used as an id: use lower-case letters and digits joined by"
                        + " single hyphens, for example \"bad-charter\".",
                "bad.md:4: The award rule names the level \"gold\", which the scale does not have (its levels are:"
                        + " Not yet, Emerging, Established, Embedded).");
    }
}
