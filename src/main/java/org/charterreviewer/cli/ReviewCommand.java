package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.ImportResult;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFileException;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.review.Voice;
import org.charterreviewer.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code review ...}: list, show, export and import reviews; renewals and the CSV registers. */
@Command(name = "review", description = {
    "Reviews: make one from start to finish, and list, show, export and import them.",
    "Start a review, judge its items, write notes, record voices and actions, decide, finalise and amend",
    "it; list, show, export and import reviews; see renewals due and write the CSV registers."},
        subcommands = {
            ReviewLifecycleCommands.New.class, ReviewEditCommands.Judge.class, ReviewEditCommands.Flag.class,
            ReviewEditCommands.Note.class, ReviewEditCommands.Voice.class, ReviewEditCommands.Action.class,
            ReviewLifecycleCommands.Progress.class, ReviewLifecycleCommands.Decide.class,
            ReviewLifecycleCommands.Finalise.class, ReviewLifecycleCommands.Amend.class,
            ReviewLifecycleCommands.SignPledge.class, ReviewLifecycleCommands.RemoveSignatory.class,
            ReviewLifecycleCommands.Apply.class,
            ModerationCommands.Submit.class, ModerationCommands.Moderate.class, ModerationCommands.Export.class,
            ModerationCommands.Import.class, ModerationCommands.Status.class, ModerationCommands.Policy.class,
            ReviewCommand.ListReviews.class, ReviewCommand.Show.class, ReviewCommand.Export.class,
            ReviewCommand.Import.class, ReviewCommand.Due.class, ReviewCommand.AwardsRegister.class,
            ReviewCommand.Signatories.class
        })
public final class ReviewCommand {

    private static final String DASH = "–";

    /** Reads "in-progress" or "finalised" (any case). */
    static final class StatusConverter implements ITypeConverter<ReviewStatus> {
        @Override
        public ReviewStatus convert(String value) {
            try {
                return ReviewStatus.parse(value);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static String text(Object value) {
        return value == null ? DASH : value.toString();
    }

    /** Prints rows as columns padded to the widest cell, the first row as the heading. */
    static void printTable(java.io.PrintWriter out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row.get(c) : String.format("%-" + widths[c] + "s  ", row.get(c)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Commands that print a list of reviews as a table or as JSON. */
    abstract static class SummaryOutput extends WorkspaceCommand {
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        SummaryOutput(CliSession session) {
            super(session);
        }

        int print(List<ReviewSummary> summaries, String countKey) {
            if (json) {
                printJson(summaries);
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(tr("cli.review.col.id"), tr("cli.review.col.school"), tr("cli.review.col.charter"),
                    tr("cli.review.col.visit"), tr("cli.review.col.status"), tr("cli.review.col.decision"),
                    tr("cli.review.col.validUntil")));
            for (ReviewSummary s : summaries) {
                rows.add(List.of(s.id().toString().substring(0, 8), s.schoolName(),
                        s.charterId() + "@" + s.charterVersion(), text(s.visitDate()), s.status().cliName(),
                        s.decision() == null ? DASH : s.decision().cliName()
                                + (s.awardLevel() == null ? "" : " (" + s.awardLevel() + ")"),
                        text(s.validUntil())));
            }
            printTable(out(), rows);
            out().println(tr(countKey, summaries.size()));
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "Lists reviews (latest revision of each), newest visit first.")
    public static final class ListReviews extends SummaryOutput {
        @Option(names = "--school", paramLabel = "ID|URN", description = "Only this school.")
        String school;
        @Option(names = "--charter", paramLabel = "ID", description = "Only this charter.")
        String charter;
        @Option(names = "--status", paramLabel = "in-progress|finalised", converter = StatusConverter.class,
                description = "Only reviews in this state.")
        ReviewStatus status;
        @Option(names = "--from", paramLabel = "DATE", description = "Visits on or after this date (YYYY-MM-DD).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "DATE", description = "Visits on or before this date (YYYY-MM-DD).")
        LocalDate to;

        public ListReviews(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Long schoolId = school == null ? null : workspace().schools().getByUrnOrId(school).id();
            return print(workspace().reviews().list(new ReviewFilter(schoolId, charter, status, from, to)),
                    "cli.review.count");
        }
    }

    @Command(name = "show", description = "Shows a review (by id or a unique start of it).")
    public static final class Show extends WorkspaceCommand {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--revision", paramLabel = "N", description = "This revision (default: the latest).")
        Integer revision;
        @Option(names = "--json", description = "The review file format (as review export writes it).")
        boolean json;
        /** The review's files still on the council database, asked once for the whole review. */
        private java.util.Set<String> onCouncil = java.util.Set.of();

        public Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review review = workspace().reviewFiles().find(id, revision);
            if (json) {
                out().println(new String(workspace().reviewFiles().canonicalJson(review), StandardCharsets.UTF_8).strip());
                return ExitCode.OK;
            }
            Charter charter = workspace().reviews().charterOf(review);
            printHeader(review, charter);
            printOutcome(review);
            onCouncil = workspace().evidence().pendingAmong(review.evidence().stream().map(EvidenceFile::sha256).toList());
            for (Section section : charter.sections()) {
                printSection(review, charter.scale(), section);
            }
            return ExitCode.OK;
        }

        private void printHeader(Review review, Charter charter) {
            out().println(tr("cli.review.show.title", review.school().name(), charter.title()));
            line("cli.review.show.id", review.id());
            line("cli.review.show.revision", review.revision());
            line("cli.review.show.status", review.status().cliName());
            line("cli.review.show.school", review.school().name()
                    + (review.school().urn() == null ? "" : " (URN " + review.school().urn() + ")"));
            line("cli.review.show.charter", charter.reference());
            line("cli.review.show.visit", review.visitDate());
            line("cli.review.show.officers", String.join(", ", review.officers()));
            List<String> participants = new ArrayList<>();
            for (Participant p : review.participants()) {
                participants.add(p.description() == null ? p.role() : p.role() + " (" + p.description() + ")");
            }
            line("cli.review.show.participants", String.join("; ", participants));
            for (Note note : review.reviewNotes()) {
                out().println("  " + noteText(note));
            }
        }

        private void printOutcome(Review review) {
            Outcome outcome = workspace().reviews().evaluate(review);
            out().println();
            out().println(tr(outcome.met() ? "cli.review.show.ruleMet" : "cli.review.show.ruleNotMet"));
            for (Finding finding : outcome.findings()) {
                out().println("  " + (finding.passed() ? "✓ " : "✗ ") + finding.text());
            }
            if (review.decision() != null) {
                line("cli.review.show.decision", review.decision().decision().cliName());
                if (review.decision().summary() != null) {
                    line("cli.review.show.summary", review.decision().summary());
                }
                if (review.decision().overrideReason() != null) {
                    line("cli.review.show.override", review.decision().overrideReason());
                }
            }
            if (review.awardedOn() != null) {
                line("cli.review.show.awarded", tr("cli.review.show.awardedDates", review.awardedOn(),
                        text(review.validUntil())));
            }
            for (var s : review.signatories()) {
                line("cli.review.show.signatory", tr("cli.review.show.signatoryLine", s.name(), s.role(),
                        s.organisation(), s.signedOn(), tr(s.consentToPublish() ? "cli.review.yes" : "cli.review.no")));
            }
        }

        private void printSection(Review review, JudgementScale scale, Section section) {
            out().println();
            out().println(section.title() + (section.contextOnly() ? " " + tr("cli.review.show.contextOnly") : ""));
            for (Item item : section.items()) {
                String level = review.levelOf(item.id())
                        .map(l -> scale.level(l).map(JudgementScale.Level::label).orElse(l))
                        .orElse(section.contextOnly() ? "" : tr("cli.review.show.notJudged"));
                out().println("  " + item.id() + (level.isEmpty() ? "" : ": " + level)
                        + (review.isFlagged(item.id()) ? " " + tr("cli.review.show.flagged") : ""));
                review.itemNote(item.id()).ifPresent(note -> out().println("    " + noteText(note)));
                for (Voice voice : review.voicesFor(item.id())) {
                    out().println("    " + tr("cli.review.show.numbered", String.valueOf(voice.id()), tr("cli.review.show.voice",
                            voice.speakerRole(), voice.said(), tr(voice.consentToShare() ? "cli.review.show.mayShare"
                                    : "cli.review.show.doNotShare"))));
                }
                for (FollowUpAction action : review.actionsFor(item.id())) {
                    out().println("    " + tr("cli.review.show.numbered", String.valueOf(action.id()), tr("cli.review.show.action",
                            action.description(), text(action.ownerRole()), text(action.dueDate()))));
                }
                for (EvidenceFile file : review.evidenceFor(item.id())) {
                    out().println("    " + tr("cli.review.show.evidence", file.originalName(),
                            file.caption() == null ? "" : file.caption()).stripTrailing()
                            + (onCouncil.contains(file.sha256()) ? " (" + tr("cli.evidence.onCouncil") + ")" : ""));
                }
            }
        }

        private static String noteText(Note note) {
            return tr(note.internal() ? "cli.review.show.internalNote" : "cli.review.show.note", note.body());
        }

        private void line(String key, Object value) {
            out().println("  " + tr(key) + ": " + text(value));
        }
    }

    @Command(name = "export", description = {"Writes a review in the review file format.",
        "The format is in docs/review-format.md; the evidence files go in a folder beside it (FILE.evidence)."})
    public static final class Export extends WorkspaceCommand {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--out", paramLabel = "FILE.json", required = true)
        Path out;
        @Option(names = "--revision", paramLabel = "N", description = "This revision (default: the latest).")
        Integer revision;
        @Option(names = "--without-content", description = "Leave out the evidence content (metadata only).")
        boolean withoutContent;

        public Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review review = workspace().reviewFiles().find(id, revision);
            workspace().reviewFiles().export(review, out, !withoutContent);
            out().println(tr("cli.review.exported", review.id(), review.revision(), out,
                    review.evidence().size()));
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = {"Imports a review file, all or nothing.",
        "It is checked against its pinned charter. Evidence content is read from FILE.evidence beside it."})
    public static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        public Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            ImportResult result;
            try {
                result = workspace().reviewFiles().importFile(file);
            } catch (ReviewFileException e) {
                e.problems().forEach(err()::println);
                return ExitCode.INVALID;
            }
            if (result.unchanged()) {
                out().println(tr("cli.review.alreadyPresent", result.reviewId(), result.revision()));
            } else {
                out().println(tr("cli.review.imported", result.reviewId(), result.revision()));
                if (result.schoolCreated()) {
                    out().println(tr("cli.review.schoolCreated"));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "due", description = "Awards whose valid-until date falls within the next N days, or has passed.")
    public static final class Due extends SummaryOutput {
        @Option(names = "--within-days", paramLabel = "N", description = "Days ahead (default ${DEFAULT-VALUE}).")
        int withinDays = 90;

        public Due(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (withinDays < 0) {
                throw new InvalidInputException(tr("cli.review.negativeDays"));
            }
            return print(workspace().reviews().dueForRenewal(withinDays), "cli.review.dueCount");
        }
    }

    @Command(name = "awards-register", description = "Writes the CSV of schools holding charter status today.")
    public static final class AwardsRegister extends WorkspaceCommand {
        @Option(names = "--out", paramLabel = "FILE.csv", required = true)
        Path out;

        public AwardsRegister(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            int count = workspace().registerExports().writeAwardsRegister(out);
            out().println(tr("cli.review.awardsWritten", count, out));
            return ExitCode.OK;
        }
    }

    @Command(name = "signatories", description = "Writes the CSV of pledge signatories who consented to publication.")
    public static final class Signatories extends WorkspaceCommand {
        @Option(names = "--out", paramLabel = "FILE.csv", required = true)
        Path out;

        public Signatories(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            int count = workspace().registerExports().writeSignatories(out);
            out().println(tr("cli.review.signatoriesWritten", count, out));
            return ExitCode.OK;
        }
    }
}
