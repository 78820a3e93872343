package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.moderation.DecisionExchange;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.moderation.ModerationComment;
import org.charterreviewer.moderation.ModerationService;
import org.charterreviewer.moderation.ModerationState;
import org.charterreviewer.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The moderation commands under {@code review}: submit, moderate, the decision file, status and setting. */
public final class ModerationCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private ModerationCommands() {
    }

    @Command(name = "submit", description = {"Submits the finalised latest revision of a review for moderation.",
        "Another officer then approves it or returns it with comments (review moderate). Without a council",
        "database, send them the review's bundle (bundle export)."})
    public static final class Submit extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "The review: its id, or a unique start of it.")
        String review;

        public Submit(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            UUID id = workspace().reviews().resolveId(review);
            Moderation submitted = workspace().moderation().service().submit(id);
            out().println(tr("moderation.cli.submitted", submitted.revision()));
            if (workspace().team().status().connected()) {
                out().println(tr("moderation.cli.submittedCouncil"));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "moderate", description = {"As moderator, approves or returns the latest revision of a review.",
        "--comment TEXT comments on the review as a whole; --item ITEM --comment TEXT on one item (each repeatable).",
        "Returning needs at least one comment. You cannot moderate a review you finalised or took part in.",
        "Then send the officer your decision: review moderation-export REVIEW --out FILE.zip."})
    public static final class Moderate extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "The review: its id, or a unique start of it.")
        String review;
        @Parameters(index = "1", paramLabel = "approve|return", description = "The decision.")
        String decision;
        @Option(names = "--comment", paramLabel = "TEXT",
                description = "A comment; after --item ITEM it is about that item (repeatable).")
        List<String> comments = new ArrayList<>();
        @Option(names = "--item", paramLabel = "ITEM", description = "The item the next --comment is about (repeatable).")
        List<String> items = new ArrayList<>();

        public Moderate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            ModerationState state = switch (decision.strip().toLowerCase(Locale.ROOT)) {
                case "approve", "approved" -> ModerationState.APPROVED;
                case "return", "returned" -> ModerationState.RETURNED;
                default -> throw new InvalidInputException(tr("moderation.cli.badDecision", decision));
            };
            UUID id = workspace().reviews().resolveId(review);
            Moderation decided = workspace().moderation().service().decide(id, state,
                    pair(spec.commandLine().getParseResult().expandedArgs()));
            out().println(state == ModerationState.APPROVED ? tr("moderation.cli.approved", decided.revision())
                    : tr("moderation.cli.returned", decided.revision(), decided.comments().size()));
            return ExitCode.OK;
        }

        /** Pairs each --comment with the --item typed just before it, in the order typed. */
        static List<ModerationComment> pair(List<String> args) {
            List<ModerationComment> result = new ArrayList<>();
            String item = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String value = null;
                String name = arg;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else if ((arg.equals("--item") || arg.equals("--comment")) && i + 1 < args.size()) {
                    value = args.get(++i);
                }
                if (name.equals("--item")) {
                    if (item != null) {
                        throw new InvalidInputException(tr("moderation.cli.itemWithoutComment", item));
                    }
                    item = value;
                } else if (name.equals("--comment")) {
                    result.add(new ModerationComment(item, value));
                    item = null;
                }
            }
            if (item != null) {
                throw new InvalidInputException(tr("moderation.cli.itemWithoutComment", item));
            }
            return result;
        }
    }

    @Command(name = "moderation-export", description = {"As moderator, writes your decision on a review as a small "
        + "file signed with your identity, for the officer's install to import (review moderation-import).",
        "The passphrase unlocks your signing key."})
    public static final class Export extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "The review: its id, or a unique start of it.")
        String review;
        @Option(names = "--out", required = true, paramLabel = "FILE.zip")
        Path out;

        public Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            UUID id = workspace().reviews().resolveId(review);
            Moderation decided = workspace().moderation().decisions().export(id, session.requirePassphrase(), out);
            out().println(tr("moderation.cli.exported", decided.revision(), stateWord(decided.state()), out));
            return ExitCode.OK;
        }
    }

    @Command(name = "moderation-import", description = {"Imports a moderator's signed decision file, all or nothing.",
        "It is refused when it was changed, is about another revision or content than this install holds, or was",
        "signed by your own identity."})
    public static final class Import extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.zip")
        Path file;

        public Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            DecisionExchange.Imported imported = workspace().moderation().decisions().importFile(file);
            Moderation m = imported.moderation();
            out().println(imported.alreadyPresent() ? tr("moderation.cli.alreadyImported", m.revision(), imported.school())
                    : tr("moderation.cli.imported", m.revision(), imported.school(), stateWord(m.state()), m.decidedBy()));
            return ExitCode.OK;
        }
    }

    @Command(name = "moderation", description = "Shows whether a review needs moderation, and each revision's "
            + "moderation with the moderator's comments.")
    public static final class Status extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "The review: its id, or a unique start of it.")
        String review;
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Status(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            UUID id = workspace().reviews().resolveId(review);
            ModerationService moderation = workspace().moderation().service();
            Review latest = workspace().reviews().latest(id);
            List<Moderation> history = moderation.history(id);
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("review", id);
                fields.put("required", moderation.requiredFor(latest));
                fields.put("revisions", history);
                printJson(fields);
                return ExitCode.OK;
            }
            out().println(tr(moderation.requiredFor(latest) ? "moderation.cli.required" : "moderation.cli.notRequired"));
            if (history.isEmpty()) {
                out().println(tr("moderation.cli.none", id, tr("moderation.state.none")));
            }
            for (Moderation m : history) {
                out().println(tr("moderation.cli.line", m.revision(), stateWord(m.state())));
                if (m.submittedAt() != null) {
                    out().println(tr("moderation.cli.submittedLine", m.submittedBy(), when(m.submittedAt())));
                }
                if (m.state().decided()) {
                    out().println(tr("moderation.cli.decidedLine", stateWord(m.state()), m.decidedBy(),
                            when(m.decidedAt()), m.fromFile() ? tr("moderation.cli.fromFile") : ""));
                }
                for (ModerationComment c : m.comments()) {
                    out().println(c.overall() ? tr("moderation.cli.comment", c.text())
                            : tr("moderation.cli.itemComment", c.itemId(), c.text()));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "moderation-policy", description = {"Shows or sets whether this install's certificates need a "
        + "moderator's approval: required or optional.", "A charter can require moderation whatever this says."})
    public static final class Policy extends WorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "required|optional")
        String value;

        public Policy(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            var policy = workspace().moderation().service().policy();
            if (value != null) {
                switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "required" -> policy.setRequiredByCouncil(true);
                    case "optional" -> policy.setRequiredByCouncil(false);
                    default -> throw new InvalidInputException(tr("moderation.cli.badPolicy", value));
                }
            }
            out().println(tr("moderation.cli.policy", tr(policy.requiredByCouncil() ? "moderation.cli.policy.required"
                    : "moderation.cli.policy.optional")));
            return ExitCode.OK;
        }
    }

    private static String stateWord(ModerationState state) {
        return tr("moderation.state." + state.code());
    }

    private static String when(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
