package org.charterreviewer.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.function.Function;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.storage.DataFolderInUseException;
import org.charterreviewer.storage.StorageException;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs the command line: parses, runs one command, and turns every failure into a plain message
 * on stderr and one of the documented {@link ExitCode}s. Never prints a stack trace; the log has it.
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args, Function<WorkspaceOptions, Workspace> opener, GuiLauncher gui,
            PrintWriter out, PrintWriter err) {
        return run(args, System.getenv(), opener, gui, out, err);
    }

    /** Runs with the given environment (read at the edge, so tests can give their own). */
    public static int run(String[] args, Map<String, String> environment, Function<WorkspaceOptions, Workspace> opener,
            GuiLauncher gui, PrintWriter out, PrintWriter err) {
        try (CliSession session = new CliSession(opener, environment)) {
            CommandLine commandLine = new CommandLine(new CharterReviewerCommand(session, gui),
                    new SessionFactory(session));
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, cmd.getErr()));
            int code = commandLine.execute(args);
            out.flush();
            err.flush();
            return code;
        } catch (RuntimeException e) {
            // Closing the workspace failed after the command itself finished.
            int code = handle(e, err);
            err.flush();
            return code;
        }
    }

    static int handle(Exception e, PrintWriter err) {
        if (e instanceof DataFolderInUseException) {
            err.println(e.getMessage());
            return ExitCode.DATA_FOLDER_IN_USE;
        }
        if (e instanceof WrongPassphraseException) {
            err.println(e.getMessage());
            return ExitCode.WRONG_PASSPHRASE;
        }
        if (e instanceof InvalidInputException || e instanceof StorageException) {
            err.println(e.getMessage());
            return ExitCode.INVALID;
        }
        if (e instanceof CancelledException) {
            err.println(Messages.tr("cli.cancelled"));
            return ExitCode.INVALID;
        }
        LOG.error("Unexpected failure on the command line", RedactedFailure.of(e));
        err.println(Messages.tr("cli.unexpected", e.getClass().getSimpleName()));
        return ExitCode.INVALID;
    }

    /** Gives every command the session through its constructor; the rest is picocli's default. */
    private static final class SessionFactory implements IFactory {
        private final CliSession session;
        private final IFactory fallback = CommandLine.defaultFactory();

        SessionFactory(CliSession session) {
            this.session = session;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(CliSession.class);
                return constructor.newInstance(session);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }
}
