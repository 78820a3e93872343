package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed file under {@code charters/invalid} gives exactly the problems, positions and
 * words listed for it in {@code expectations.txt} — all of them, not only the first.
 */
class MalformedChartersTest {

    static final Path FOLDER = Path.of("src/test/resources/charters/invalid");

    static Map<String, List<String>> expectations() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("expectations.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            expected.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts[1] + ": " + parts[2]);
        }
        return expected;
    }

    static Stream<String> files() throws IOException {
        return expectations().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        CharterReadResult result = new CharterReader()
                .read(new CharterSource(name, Files.readAllBytes(FOLDER.resolve(name))));
        assertThat(result.isValid()).isFalse();
        assertThat(result.charter()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
                .containsExactlyElementsOf(expectations().get(name));
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith(name + ":" + p.line() + ":"));
    }

    @Test
    void everyMalformedFileHasExpectationsAndThereAreAtLeastTwentyFive() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void theBaseOfTheFixturesIsItselfValid() throws IOException {
        Path minimal = Path.of("src/test/resources/charters/valid/minimal.json");
        assertThat(new CharterReader().read(new CharterSource("minimal.json", Files.readAllBytes(minimal))).problems())
                .isEmpty();
    }

    @Test
    void anEditorsSchemaReferenceIsAcceptedButMustBeText() throws IOException {
        String minimal = Files.readString(Path.of("src/test/resources/charters/valid/minimal.json"));
        String withSchema = minimal.replaceFirst("\\{", "{\n  \"\\$schema\": \"./charter.schema.json\",");
        assertThat(new CharterReader().read("with-schema.json", withSchema).problems()).isEmpty();
        String wrong = minimal.replaceFirst("\\{", "{\n  \"\\$schema\": 7,");
        assertThat(new CharterReader().read("wrong.json", wrong).problems()).extracting(CharterProblem::toString)
                .containsExactly("wrong.json:2:14: $schema should be text in double quotes, but it is the number 7.");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndNotKept() throws IOException {
        byte[] plain = Files.readAllBytes(Path.of("src/test/resources/charters/valid/minimal.json"));
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        CharterReadResult result = new CharterReader().read(new CharterSource("bom.json", withBom));
        assertThat(result.problems()).isEmpty();
        assertThat(result.jsonText()).isEqualTo(new String(plain, StandardCharsets.UTF_8));
        assertThat(result.contentSha256()).isEqualTo(CharterReader.sha256(new String(plain, StandardCharsets.UTF_8)));
    }

    @Test
    void bracketsNestedBeyondAnyCharterAreRefusedInPlainWords() {
        String deep = "{ \"sections\": " + "[".repeat(5_000);
        assertThat(new CharterReader().read("deep.json", deep).problems()).extracting(CharterProblem::toString)
                .singleElement().asString().startsWith("deep.json:1:")
                .contains("nested more deeply than any charter or review file needs")
                .doesNotContain("StreamReadConstraints");
    }
}
