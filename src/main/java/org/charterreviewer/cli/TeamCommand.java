package org.charterreviewer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.team.Conflict;
import org.charterreviewer.team.SyncReport;
import org.charterreviewer.team.TeamProblem;
import org.charterreviewer.team.TeamStatus;
import org.charterreviewer.team.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The {@code team} commands: the council database this laptop shares reviews through, and the sync. */
@Command(name = "team", description = "Connects this laptop to the council database and syncs with it.",
        subcommands = {TeamCommand.Connect.class, TeamCommand.Status.class, TeamCommand.Sync.class,
            TeamCommand.Disconnect.class, TeamCommand.PrepareServer.class, TeamConflictCommands.Conflicts.class,
            TeamConflictCommands.Resolve.class})
public final class TeamCommand {

    /** The database login, as council IT gave it (the owner's, for prepare-server). */
    static final class Login {

        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "jdbc:postgresql://HOST/DB (add ?sslmode=require to insist on TLS).")
        String url;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The database user name.")
        String user;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "File holding the database password (never on the command line).")
        Path passwordFile;
    }

    /** The password from a file (never from the command line, where other users could read it). */
    static char[] readPassword(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.strip().toCharArray();
        } catch (IOException | RuntimeException e) {
            throw new TeamProblem(Messages.tr("team.error.passwordFile", file));
        }
    }

    /** Tests the login and the server's schema version, then keeps the login (encrypted in the data folder). */
    @Command(name = "connect", description = "Tests and keeps the council database login.")
    public static final class Connect extends WorkspaceCommand {

        @Mixin
        Login login;

        public Connect(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            char[] password = readPassword(login.passwordFile);
            TeamStatus status = workspace().team().connect(login.url, login.user, password);
            java.util.Arrays.fill(password, '\0');
            out().println(Messages.tr("cli.team.connected", status.url(), status.user()));
            return ExitCode.OK;
        }
    }

    /** Whether this laptop is connected, when it last synced and the conflicts waiting for a person. */
    @Command(name = "status", description = "Shows the connection, the last sync and conflicts to resolve.")
    public static final class Status extends WorkspaceCommand {

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Status(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            TeamStatus status = workspace().team().status();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("connected", status.connected());
                out.put("url", status.url());
                out.put("user", status.user());
                out.put("lastSync", status.lastSync() == null ? null : status.lastSync().toString());
                out.put("conflicts", status.conflicts().stream().map(Status::conflict).toList());
                out.put("toModerate", status.toModerate());
                out.put("ownAwaitingModeration", status.ownAwaitingModeration());
                printJson(out);
                return ExitCode.OK;
            }
            if (!status.connected()) {
                out().println(Messages.tr("cli.team.notConnected"));
            } else {
                out().println(Messages.tr("cli.team.server", status.url()));
                out().println(Messages.tr("cli.team.user", status.user()));
                out().println(status.lastSync() == null ? Messages.tr("cli.team.neverSynced")
                        : Messages.tr("cli.team.lastSync", status.lastSync().toString()));
            }
            if (status.conflicts().isEmpty()) {
                out().println(Messages.tr("cli.team.noConflicts"));
            } else {
                out().println(Messages.tr("cli.team.conflicts", status.conflicts().size()));
                status.conflicts().forEach(c -> out().println(Messages.tr("cli.team.conflict", c.reviewId().toString(),
                        c.revision(), shortSha(c.localSha256()), c.otherOfficer(), shortSha(c.otherSha256()))));
            }
            out().println(Messages.tr("cli.team.moderation", status.toModerate(), status.ownAwaitingModeration()));
            return ExitCode.OK;
        }

        private static Map<String, Object> conflict(Conflict c) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reviewId", c.reviewId().toString());
            row.put("revision", c.revision());
            row.put("localSha256", c.localSha256());
            row.put("otherSha256", c.otherSha256());
            row.put("otherOfficer", c.otherOfficer());
            row.put("foundAt", c.foundAt().toString());
            return row;
        }

        private static String shortSha(String sha) {
            return sha == null ? "-" : sha.substring(0, 12);
        }
    }

    /** Fetches the council's charters, schools and finalised reviews and sends this laptop's. */
    @Command(name = "sync", description = "Syncs with the council database (resumes where a broken sync stopped).")
    public static final class Sync extends WorkspaceCommand {

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Sync(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            SyncReport report = workspace().team().sync(ProgressMonitor.NONE);
            if (json) {
                printJson(report);
            } else {
                out().println(Messages.tr("cli.team.synced", report.reviewsPushed(), report.reviewsPulled(),
                        report.conflictsFound(), report.chartersPulled(), report.schoolsPulled(),
                        report.schoolsErased()));
                out().println(Messages.tr("cli.team.syncedModeration", report.moderationsPushed(),
                        report.moderationsPulled()));
                report.problems().forEach(p -> out().println(Messages.tr("cli.team.problem", p)));
            }
            return ExitCode.OK;
        }
    }

    /** Forgets the login; everything already on this laptop stays. */
    @Command(name = "disconnect", description = "Forgets the council database login (your data stays).")
    public static final class Disconnect extends WorkspaceCommand {

        public Disconnect(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            workspace().team().disconnect();
            out().println(Messages.tr("cli.team.disconnected"));
            return ExitCode.OK;
        }
    }

    /** Council IT's step: creates or upgrades the council tables, as the database's owner. */
    @Command(name = "prepare-server", description = "Creates or upgrades the council tables (council IT, as owner).")
    public static final class PrepareServer extends WorkspaceCommand {

        @Mixin
        Login login;

        public PrepareServer(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            char[] password = readPassword(login.passwordFile);
            workspace().team().prepareServer(login.url, login.user, password);
            java.util.Arrays.fill(password, '\0');
            out().println(Messages.tr("cli.team.prepared", TeamService.COUNCIL_SCHEMA_VERSION));
            return ExitCode.OK;
        }
    }
}
