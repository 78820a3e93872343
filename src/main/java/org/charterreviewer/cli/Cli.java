package org.charterreviewer.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.protection.BackupInfo;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DataFolderInUseException;
import org.charterreviewer.storage.DatabaseDamagedException;
import org.charterreviewer.storage.FailureKind;
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
            GuiLauncher gui, PrintWriter rawOut, PrintWriter rawErr) {
        // Every line printed goes through the terminal-safe writer: names and quotes come from outside.
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
        CliSession opened = null;
        try (CliSession session = new CliSession(opener, environment, err)) {
            opened = session;
            CommandLine commandLine = new CommandLine(new CharterReviewerCommand(session, gui),
                    new SessionFactory(session));
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            // Plain text only: the terminal-safe writer would show picocli's colour codes escaped.
            commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
            commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, cmd.getErr(), session));
            int code = commandLine.execute(args);
            out.flush();
            err.flush();
            return code;
        } catch (RuntimeException e) {
            // Closing the workspace failed after the command itself finished.
            int code = handle(e, err, opened);
            err.flush();
            return code;
        }
    }

    static int handle(Exception e, PrintWriter err, CliSession session) {
        if (e instanceof DatabaseDamagedException damaged) {
            err.println(e.getMessage());
            err.println(restoreHint(damaged.folder()));
            return ExitCode.INVALID;
        }
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
        FailureKind kind = FailureKind.of(e);
        LOG.error("Unexpected failure on the command line ({})", kind.description(), RedactedFailure.of(e));
        DataFolder folder = session != null ? session.folder() : DataFolder.resolve(java.util.Optional.empty());
        switch (kind) {
            case NO_SPACE -> err.println(Messages.tr("storage.noSpace", folder.root()));
            case READ_ONLY -> err.println(Messages.tr("storage.readOnly", folder.root()));
            case DAMAGED -> {
                err.println(Messages.tr("storage.damaged", folder.databaseFile(), Messages.tr("storage.damaged.unreadable")));
                err.println(restoreHint(folder));
            }
            default -> err.println(Messages.tr("cli.unexpected", e.getClass().getSimpleName()));
        }
        return ExitCode.INVALID;
    }

    /** Names the newest backup in the data folder and the command that restores it. */
    static String restoreHint(DataFolder folder) {
        try {
            List<BackupInfo> backups = BackupService.list(folder.backupsFolder());
            if (!backups.isEmpty()) {
                return Messages.tr("storage.damaged.restoreHint", backups.get(0).file());
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the backups ({})", FailureKind.of(e).description());
        }
        return Messages.tr("storage.damaged.noBackup", folder.backupsFolder());
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
