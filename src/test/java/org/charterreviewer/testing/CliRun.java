package org.charterreviewer.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.cli.Cli;
import org.charterreviewer.workspace.Workspace;

/** Runs the real command line in this JVM and captures what it printed, for CLI tests. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Integer> guiLaunches = new ArrayList<>();
        int code = Cli.run(args, Workspace::open, dataDir -> {
            guiLaunches.add(1);
            return 0;
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
