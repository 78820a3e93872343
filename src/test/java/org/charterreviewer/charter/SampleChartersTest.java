package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The shipped samples are valid, faithful to their seeds in shape, and survive a round trip. */
class SampleChartersTest {

    static final Path SAMPLES = Path.of("sample-charters");

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".json"))
                .filter(p -> !p.getFileName().toString().equals("charter.schema.json")).sorted();
    }

    static CharterReadResult read(Path file) throws IOException {
        return new CharterReader().read(new CharterSource(file.toString(), Files.readAllBytes(file)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValid(Path file) throws IOException {
        CharterReadResult result = read(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.charter()).isPresent();
        assertThat(result.charter().get().id() + ".json").isEqualTo(file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleSurvivesARoundTripUnchanged(Path file) throws IOException {
        Charter charter = read(file).charter().orElseThrow();
        String written = new CharterWriter().write(charter);
        CharterReadResult again = new CharterReader().read("written", written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.charter()).contains(charter);
        // The samples are kept in the writer's canonical form, byte for byte.
        assertThat(written).isEqualTo(Files.readString(file));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyJudgedItemHasGuidance(Path file) throws IOException {
        Charter charter = read(file).charter().orElseThrow();
        assertThat(charter.judgedItems()).allSatisfy(item -> {
            assertThat(item.guidance()).as(item.id()).isNotNull();
            assertThat(item.guidance().lookFor()).as(item.id()).isNotEmpty();
        });
    }

    @Test
    void theIndexListsExactlyTheSampleFiles() throws IOException {
        List<String> listed = Files.readAllLines(SAMPLES.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertThat(listed).isEqualTo(samples().map(p -> p.getFileName().toString()).toList());
        assertThat(CharterLibrary.bundledSampleNames()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void theSeedsAreHeldInTheirOwnShape() throws IOException {
        Charter wolves = read(SAMPLES.resolve("wolverhampton-co-production-charter.json")).charter().orElseThrow();
        assertThat(wolves.section("we-promise").orElseThrow().items()).hasSize(9);
        assertThat(wolves.sections()).extracting(Section::title).containsExactly("We Promise:", "Equal partnership",
                "Shared understanding", "Open-minded", "Communication", "Meaningful contribution");
        assertThat(wolves.judgedItems()).hasSize(9 + 6 + 5 + 5 + 5 + 5);
        assertThat(wolves.certificate().awardName()).isEqualTo("#YES Co-Production Charter Status");
        assertThat(wolves.scale().levels()).extracting(JudgementScale.Level::id)
                .containsExactly("not-yet", "emerging", "established", "embedded");

        Charter stockport = read(SAMPLES.resolve("stockport-sen-co-production-charter.json")).charter().orElseThrow();
        assertThat(stockport.judgedItems()).extracting(Item::text).containsExactly("Be Open and Honest",
                "Actively Listen", "Value the Lived Experiences", "Do What Matters", "Be Accountable and Responsive",
                "Work Together", "Be Respectful");
        assertThat(stockport.section("working-definition").orElseThrow().contextOnly()).isTrue();
        assertThat(stockport.item("working-definition").orElseThrow().text()).contains("each other’s views");

        Charter bury = read(SAMPLES.resolve("bury-co-production-charter.json")).charter().orElseThrow();
        assertThat(bury.section("rights").orElseThrow().items()).hasSize(9);
        assertThat(bury.section("responsibilities").orElseThrow().items()).hasSize(12);
        assertThat(bury.section("commitments").orElseThrow().items()).hasSize(8);
        assertThat(bury.dates().review()).isEqualTo("Spring term 2020");

        Charter bcp = read(SAMPLES.resolve("bcp-co-production-pledge.json")).charter().orElseThrow();
        assertThat(bcp.kind()).isEqualTo(CharterKind.PLEDGE);
        assertThat(bcp.judgedItems()).hasSize(4);
        assertThat(bcp.awardRule().conditions()).contains(new AwardCondition.SignatoryRecorded());
        assertThat(bcp.closing()).anySatisfy(p -> assertThat(p).contains("with your permission, we will publish your name and role"));
    }
}
