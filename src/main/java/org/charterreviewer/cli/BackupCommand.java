package org.charterreviewer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.BackupInfo;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.storage.InstanceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code backup} commands: take, list and restore backups of the data folder. */
@Command(name = "backup", description = "Takes, lists and restores backups of the data folder.",
        subcommands = {BackupCommand.Create.class, BackupCommand.ListBackups.class, BackupCommand.Restore.class})
public final class BackupCommand {

    /** Takes a backup now, into the data folder's backups or a chosen folder. */
    @Command(name = "create", description = "Takes a backup now (default: the data folder's backups folder).")
    public static final class Create extends WorkspaceCommand {

        @Option(names = "--to", paramLabel = "DIR", description = "Folder to write the backup to, e.g. a USB stick.")
        Path to;

        public Create(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            BackupService backups = workspace().backups();
            Path file = backups.create(to != null ? to : backups.defaultFolder());
            out().println(Messages.tr("cli.backup.created", file));
            return ExitCode.OK;
        }
    }

    /** Lists the backups in the data folder's backups folder (or another), newest first. */
    @Command(name = "list", description = "Lists backups, newest first.")
    public static final class ListBackups extends WorkspaceCommand {

        @Option(names = "--in", paramLabel = "DIR", description = "Folder to look in (default: the data folder's backups).")
        Path in;

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public ListBackups(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<BackupInfo> found = BackupService.list(in != null ? in : session.folder().backupsFolder());
            if (json) {
                printJson(found.stream().map(info -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", info.file().toString());
                    row.put("takenAt", info.takenAt().toString());
                    row.put("sizeBytes", info.sizeBytes());
                    return row;
                }).toList());
            } else if (found.isEmpty()) {
                out().println(Messages.tr("cli.backup.none"));
            } else {
                found.forEach(info -> out().println(Messages.tr("cli.backup.line",
                        info.takenAt().toString(), info.sizeBytes() / 1024, info.file().toString())));
            }
            return ExitCode.OK;
        }

        @Override
        protected void printJson(Object value) {
            try {
                out().println(org.charterreviewer.json.JsonMapperFactory.create().writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Cannot write JSON output", e);
            }
        }
    }

    /** Replaces the data folder's database with a checked backup; the current one is kept aside. */
    @Command(name = "restore", description = {
        "Restores a backup after checking it opens with the passphrase.",
        "The current data is kept as backups/before-restore-<time>.zip. No other copy may have the data",
        "folder open."})
    public static final class Restore extends WorkspaceCommand {

        @Parameters(paramLabel = "FILE", description = "The backup file (.zip).")
        Path file;

        public Restore(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(Messages.tr("protection.backup.notFound", file));
            }
            try (InstanceLock lock = InstanceLock.acquire(session.folder())) {
                char[] passphrase = session.requirePassphrase();
                try {
                    Path kept = BackupService.restore(session.folder(), file, passphrase, Clock.systemUTC());
                    out().println(Messages.tr("cli.backup.restored", file.getFileName()));
                    if (kept != null) {
                        out().println(Messages.tr("cli.backup.keptCurrent", kept));
                    }
                } finally {
                    PassphraseKeys.wipe(passphrase);
                }
            }
            return ExitCode.OK;
        }
    }
}
