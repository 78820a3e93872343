package org.charterreviewer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file grows past what a newcomer reads in one sitting (STYLE.md: ~400 lines). A file
 * that needs more holds more than one responsibility; split it rather than raise the limit.
 */
class SourceFileSizeTest {

    private static final int MOST_LINES = 400;

    @Test
    void noSourceFileIsLongerThanFourHundredLines() throws IOException {
        assertThat(tooLong(Path.of("src/main/java"))).as("main sources over %d lines", MOST_LINES).isEmpty();
        assertThat(tooLong(Path.of("src/test/java"))).as("test sources over %d lines", MOST_LINES).isEmpty();
    }

    @Test
    void theCheckSeesTheSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(300);
        }
    }

    private static List<String> tooLong(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> root.relativize(f) + " (" + lines(f) + ")")
                    .sorted().toList();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
