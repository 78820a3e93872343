package org.charterreviewer.testing;

import static org.charterreviewer.cli.CliSession.PASSPHRASE_VARIABLE;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charterreviewer.cli.Cli;
import org.charterreviewer.workspace.Workspace;

/**
 * Runs the real command line in this JVM and captures what it printed, for CLI tests. Every run
 * gets {@link #TEST_PASSPHRASE} through the environment, as the command line refuses to work on
 * unencrypted data: to open a folder a CLI test made, use
 * {@code WorkspaceOptions.at(dir).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray())}.
 */
public record CliRun(int exitCode, String out, String err) {

    /** The passphrase every CLI test's data folder is encrypted with. */
    public static final String TEST_PASSPHRASE = "correct horse battery staple";

    public static final Map<String, String> TEST_ENVIRONMENT = Map.of(PASSPHRASE_VARIABLE, TEST_PASSPHRASE);

    public static CliRun of(String... args) {
        return withEnvironment(TEST_ENVIRONMENT, args);
    }

    /** Runs with exactly this environment (e.g. none, to test a missing passphrase). */
    public static CliRun withEnvironment(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Integer> guiLaunches = new ArrayList<>();
        int code = Cli.run(args, environment, Workspace::open, dataDir -> {
            guiLaunches.add(1);
            return 0;
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
