package org.charterreviewer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.charterreviewer.workspace.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that work on the data folder. Subclasses return an {@link ExitCode};
 * plain-message exceptions are turned into exit codes by {@link Cli}.
 */
public abstract class WorkspaceCommand implements Callable<Integer> {

    protected final CliSession session;

    @Spec
    protected CommandSpec spec;

    protected WorkspaceCommand(CliSession session) {
        this.session = session;
    }

    protected Workspace workspace() {
        return session.workspace();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Writes {@code value} as JSON with the workspace's one mapper. */
    protected void printJson(Object value) {
        try {
            out().println(workspace().json().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON output", e);
        }
    }
}
