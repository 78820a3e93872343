package org.charterreviewer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.charterreviewer.AppVersion;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.DatabaseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Where the data lives and how much it holds: the first thing to ask when something looks wrong. */
@Command(name = "status", description = "Shows the data folder, database file and what it holds.")
public final class StatusCommand extends WorkspaceCommand {

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    public StatusCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        DatabaseSummary summary = workspace().summary();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("version", AppVersion.version());
        status.put("dataFolder", workspace().folder().root().toString());
        status.put("databaseFile", workspace().folder().databaseFile().toString());
        status.put("logsFolder", workspace().folder().logsFolder().toString());
        status.put("schemaVersion", summary.schemaVersion());
        status.put("charters", summary.charters());
        status.put("schools", summary.schools());
        status.put("reviews", summary.reviews());
        status.put("evidenceFiles", summary.evidenceFiles());
        if (json) {
            printJson(status);
        } else {
            status.forEach((key, value) -> out().println(Messages.tr("cli.status." + key) + ": " + value));
        }
        return ExitCode.OK;
    }
}
