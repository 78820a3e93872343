package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report export}: the review report PDF of a review, for the school. */
@Command(name = "report", description = "The review report: a PDF of a whole review for the school.",
        subcommands = ReportCommand.Export.class)
public final class ReportCommand {

    @Command(name = "export", description = {"Writes the review report of a review as a PDF.",
        "A review still in progress gives a report marked DRAFT on every page."})
    public static final class Export extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "The review's id or a unique prefix of it.")
        String review;
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;
        @Option(names = "--revision", paramLabel = "N", description = "A given revision (default: the latest).")
        Integer revision;

        public Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            UUID id = workspace().reviews().resolveId(review);
            Path written = workspace().reports().export(id, Optional.ofNullable(revision), out, ProgressMonitor.NONE);
            out().println(Messages.tr("report.cli.written", written));
            return ExitCode.OK;
        }
    }
}
