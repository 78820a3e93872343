package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A charter may say that its reviews need a moderator's approval ({@code "moderation": "required"})
 * in format 1 and 2 alike; a bad value is refused where it is written, and the writer keeps it.
 */
class CharterModerationFieldTest {

    private static String minimal(int format) throws IOException {
        String text = Files.readString(Path.of(format == 1 ? "src/test/resources/charters/valid/minimal.json"
                : "src/test/resources/charters/valid/levels-charter.json"));
        return text.replaceFirst("\\{", "{\n  \"moderation\": \"MODERATION\",");
    }

    @Test
    void bothFormatsReadRequiredAndOptional() throws IOException {
        for (int format : new int[] {1, 2}) {
            CharterReadResult required = new CharterReader().read("c.json", minimal(format).replace("MODERATION", "required"));
            assertThat(required.problems()).as("format " + format).isEmpty();
            assertThat(required.charter().orElseThrow().moderationRequired()).isTrue();
            CharterReadResult optional = new CharterReader().read("c.json", minimal(format).replace("MODERATION", "optional"));
            assertThat(optional.problems()).isEmpty();
            assertThat(optional.charter().orElseThrow().moderationRequired()).isFalse();
        }
        String without = Files.readString(Path.of("src/test/resources/charters/valid/minimal.json"));
        assertThat(new CharterReader().read("c.json", without).charter().orElseThrow().moderationRequired()).isFalse();
    }

    @Test
    void aBadValueIsReportedWhereItIsWritten() throws IOException {
        CharterReadResult result = new CharterReader().read("c.json", minimal(1).replace("MODERATION", "sometimes"));
        assertThat(result.problems()).extracting(CharterProblem::toString).containsExactly(
                "c.json:2:17: moderation is \"sometimes\"; write \"required\" (a second officer approves each review "
                        + "before its certificate) or \"optional\".");
    }

    @Test
    void theWriterKeepsARequirement() throws IOException {
        Charter charter = new CharterReader().read("c.json", minimal(2).replace("MODERATION", "required"))
                .charter().orElseThrow();
        String written = new CharterWriter().write(charter);
        assertThat(written).contains("\"moderation\": \"required\"");
        assertThat(new CharterReader().read("again.json", written).charter().orElseThrow().moderationRequired()).isTrue();
    }
}
