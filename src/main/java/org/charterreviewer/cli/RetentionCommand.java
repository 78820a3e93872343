package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.protection.RetentionRule;
import org.charterreviewer.protection.RetentionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retention ...}: how long evidence and reviews are kept, a preview, and applying the rule. */
@Command(name = "retention", description = "How long evidence and reviews are kept; preview and apply the rule.",
        subcommands = {RetentionCommand.Show.class, RetentionCommand.Set.class, RetentionCommand.Preview.class,
            RetentionCommand.Apply.class})
public final class RetentionCommand {

    @Command(name = "show", description = "Shows the retention rule.")
    public static final class Show extends WorkspaceCommand {

        public Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            printSettings(out(), workspace().retention().settings());
            return ExitCode.OK;
        }
    }

    static void printSettings(java.io.PrintWriter out, RetentionSettings settings) {
        out.println(tr("cli.retention.evidence", settings.evidenceYears() == null
                ? tr("cli.retention.off") : tr("cli.retention.years", settings.evidenceYears())));
        out.println(tr("cli.retention.reviews", settings.reviewYears() == null
                ? tr("cli.retention.off") : tr("cli.retention.years", settings.reviewYears())));
    }

    @Command(name = "set", description = "Sets the retention rule (0 turns a part off). Deletes nothing by itself.")
    public static final class Set extends WorkspaceCommand {

        @Option(names = "--evidence-years", paramLabel = "N",
                description = "Delete evidence files N years after the review's visit date.")
        Integer evidenceYears;

        @Option(names = "--review-years", paramLabel = "N",
                description = "Delete whole finalised reviews N years after their valid-until date (or visit date).")
        Integer reviewYears;

        public Set(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            RetentionRule rule = workspace().retention();
            RetentionSettings now = rule.settings();
            rule.set(new RetentionSettings(
                    evidenceYears == null ? now.evidenceYears() : zeroIsOff(evidenceYears),
                    reviewYears == null ? now.reviewYears() : zeroIsOff(reviewYears)));
            out().println(tr("cli.retention.saved"));
            printSettings(out(), rule.settings());
            return ExitCode.OK;
        }

        private static Integer zeroIsOff(int years) {
            return years == 0 ? null : years;
        }
    }

    @Command(name = "preview", description = "Lists exactly what applying the rule today would delete.")
    public static final class Preview extends WorkspaceCommand {

        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Preview(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            ErasurePlan plan = workspace().retention().preview();
            if (json) {
                printJson(ErasurePlanOutput.json(plan));
            } else if (workspace().retention().settings().isOff()) {
                out().println(tr("cli.retention.isOff"));
            } else if (plan.isEmpty()) {
                out().println(tr("cli.retention.nothingDue"));
            } else {
                out().println(tr("cli.retention.heading"));
                ErasurePlanOutput.print(out(), plan);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "apply", description = "Applies the rule: lists what goes, and with --yes deletes it and compacts.")
    public static final class Apply extends WorkspaceCommand {

        @Option(names = "--yes", description = "Delete without asking (after reading the preview).")
        boolean yes;

        public Apply(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            RetentionRule rule = workspace().retention();
            ErasurePlan plan = rule.preview();
            if (plan.isEmpty()) {
                out().println(tr(rule.settings().isOff() ? "cli.retention.isOff" : "cli.retention.nothingDue"));
                return ExitCode.OK;
            }
            out().println(tr("cli.retention.heading"));
            ErasurePlanOutput.print(out(), plan);
            if (!yes) {
                err().println(tr("cli.erase.addYes"));
                return ExitCode.INVALID;
            }
            ErasurePlanOutput.printDone(out(), rule.apply(plan));
            return ExitCode.OK;
        }
    }
}
