package org.charterreviewer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.team.Conflict;
import org.charterreviewer.team.ConflictVersions;
import org.charterreviewer.team.KeepVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code team conflicts} and {@code team resolve}: a person compares both versions and keeps one. */
final class TeamConflictCommands {

    private TeamConflictCommands() {
    }

    /** Lists the conflicts with both versions in words. */
    @Command(name = "conflicts", description = "Lists conflicts with both versions side by side.")
    public static final class Conflicts extends WorkspaceCommand {

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Conflicts(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<ConflictVersions> conflicts = workspace().team().conflicts();
            if (json) {
                printJson(conflicts.stream().map(Conflicts::row).toList());
                return ExitCode.OK;
            }
            if (conflicts.isEmpty()) {
                out().println(Messages.tr("cli.team.noConflicts"));
            }
            for (ConflictVersions v : conflicts) {
                Conflict c = v.conflict();
                out().println(Messages.tr("cli.team.conflictHeading", c.reviewId().toString(), c.revision()));
                out().println("  " + Messages.tr("team.version.mine"));
                v.mine().forEach(line -> out().println("    " + line));
                out().println("  " + Messages.tr("team.version.theirs", c.otherOfficer()));
                v.theirs().forEach(line -> out().println("    " + line));
            }
            if (!conflicts.isEmpty()) {
                out().println(Messages.tr("cli.team.resolveHint"));
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> row(ConflictVersions v) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reviewId", v.conflict().reviewId().toString());
            row.put("revision", v.conflict().revision());
            row.put("localSha256", v.conflict().localSha256());
            row.put("otherSha256", v.conflict().otherSha256());
            row.put("otherOfficer", v.conflict().otherOfficer());
            row.put("foundAt", v.conflict().foundAt().toString());
            row.put("mine", v.mine());
            row.put("theirs", v.theirs());
            return row;
        }
    }

    /** Keeps one version of a conflicting revision; audited. */
    @Command(name = "resolve", description = "Resolves a conflict: --keep mine or --keep theirs.")
    public static final class Resolve extends WorkspaceCommand {

        @Parameters(paramLabel = "REVIEW", description = "The review's id (or the start of it).")
        String review;

        @Option(names = "--keep", required = true, paramLabel = "mine|theirs",
                description = "mine: this laptop's version stands; theirs: the other officer's becomes the next revision.")
        String keep;

        @Option(names = "--revision", paramLabel = "N", description = "The revision, when the review has several conflicts.")
        Integer revision;

        public Resolve(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            KeepVersion choice = KeepVersion.parse(keep);
            Conflict resolved = workspace().team().resolve(review, revision, choice);
            out().println(Messages.tr(choice == KeepVersion.MINE ? "cli.team.resolvedMine" : "cli.team.resolvedTheirs",
                    resolved.reviewId().toString(), resolved.revision(), resolved.otherOfficer()));
            return ExitCode.OK;
        }
    }
}
