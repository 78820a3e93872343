package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher opens the window without picocli for a few command lines; for each of them picocli
 * must have opened the same window on the same folder, and every other line must still reach it.
 */
class WindowArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "--data-dir|/tmp/officer data", "--data-dir=/tmp/officer data",
            "--data-dir|relative/folder", "--data-dir=St Bartholomew's"})
    void aWindowStartOpensTheFolderPicocliWouldOpen(String line) {
        String[] args = split(line);

        assertThat(WindowArguments.windowStart(args)).contains(picocliWindowFolder(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "--help", "-h", "--version", "--data-dir", "--data-dir=",
            "--data-dir|--help", "--data-dir|-h", "--data-dir|@args.txt", "--data-dir|/tmp/a|status",
            "--passphrase-file|/tmp/p", "--data-dir|/tmp/a|--data-dir|/tmp/b", "--data-dir=/tmp/a|--help",
            "--data-dir|\u0000"})
    void everythingElseIsLeftToPicocli(String line) {
        assertThat(WindowArguments.windowStart(split(line))).isEmpty();
    }

    private static String[] split(String line) {
        return line.isEmpty() ? new String[0] : line.split("\\|");
    }

    /** The folder picocli hands the window for these arguments (fails if it opens none). */
    private static Optional<Path> picocliWindowFolder(String[] args) {
        List<Optional<Path>> launched = new ArrayList<>();
        int code = Cli.run(args, Map.of(), Workspace::open, dataDir -> {
            launched.add(dataDir);
            return 0;
        }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(launched).hasSize(1);
        return launched.get(0);
    }
}
