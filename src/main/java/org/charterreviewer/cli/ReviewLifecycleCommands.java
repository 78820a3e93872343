package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.review.Completeness;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChangeFile;
import org.charterreviewer.review.ReviewProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that start a review, show how far it is, and decide, finalise, amend or batch-change it. */
public final class ReviewLifecycleCommands {

    private ReviewLifecycleCommands() {
    }

    @Command(name = "new", description = {"Starts a review and prints the new review's id only.",
        "The review is of a school against a charter, whose version is pinned. Officers are named; everyone",
        "else takes part by role: --participant ROLE or --participant ROLE=DESCRIPTION (such as",
        "\"School council=6 pupils, Years 3 to 6\"). Dates: 1 Mar 2028, 01/03/2028, 1/3/2028 or 2028-03-01."})
    public static final class New extends WorkspaceCommand {
        @Option(names = "--school", paramLabel = "ID|URN", required = true, description = "The school, by URN or id.")
        String school;
        @Option(names = "--charter", paramLabel = "ID[@VERSION]", required = true,
                description = "The charter; without a version, its newest.")
        String charter;
        @Option(names = "--visit-date", paramLabel = "DATE", description = "The day of the visit.")
        String visitDate;
        @Option(names = "--officer", paramLabel = "NAME", description = "An officer who made the review (repeatable).")
        List<String> officers = new ArrayList<>();
        @Option(names = "--participant", paramLabel = "ROLE[=DESCRIPTION]",
                description = "Who took part, by role (repeatable).")
        List<String> participants = new ArrayList<>();

        public New(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            long schoolId = workspace().schools().getByUrnOrId(school).id();
            StoredCharter stored = workspace().charters().resolve(charter);
            LocalDate visit = visitDate == null ? null : ReviewChangeCommand.date(visitDate, "--visit-date");
            Review review = workspace().reviews().start(new NewReview(schoolId, stored.charter().id(),
                    stored.charter().version(), visit, officers, participants(participants)));
            out().println(review.id());
            return ExitCode.OK;
        }

        static List<Participant> participants(List<String> typed) {
            List<Participant> result = new ArrayList<>();
            for (String p : typed) {
                int eq = p.indexOf('=');
                result.add(eq < 0 ? new Participant(p, null)
                        : new Participant(p.substring(0, eq), p.substring(eq + 1).isBlank() ? null : p.substring(eq + 1)));
            }
            return result;
        }
    }

    @Command(name = "progress", description = {"Shows what is still to do in a review.",
        "It lists the items not yet judged, those without evidence and the flagged ones, and what the",
        "charter's award rule gives today, with its reasons."})
    public static final class Progress extends ReviewChangeCommand {
        public Progress(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review target = latest();
            Charter charter = charterOf(target);
            ReviewProgress progress = ReviewProgress.of(charter, target);
            Completeness c = progress.completeness();
            List<String> unjudged = new ArrayList<>();
            List<String> unevidenced = new ArrayList<>();
            List<String> flagged = new ArrayList<>();
            for (Completeness.SectionState section : c.sections()) {
                for (Completeness.ItemState item : section.items()) {
                    if (!item.judged()) {
                        unjudged.add(item.itemId());
                    }
                    if (item.evidenceCount() == 0) {
                        unevidenced.add(item.itemId());
                    }
                    if (item.flagged()) {
                        flagged.add(item.itemId());
                    }
                }
            }
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("review", target.id());
                result.put("revision", target.revision());
                result.put("status", target.status().cliName());
                result.put("items", c.items());
                result.put("unjudged", unjudged);
                result.put("withoutEvidence", unevidenced);
                result.put("flagged", flagged);
                result.put("awardRuleMet", progress.outcome().met());
                result.put("findings", progress.outcome().findings());
                printJson(result);
                return ExitCode.OK;
            }
            out().println(tr("cli.progress.heading", ChangeRefusals.shortId(target), target.revision(),
                    target.status().cliName(), c.items()));
            out().println(tr("cli.progress.unjudged", unjudged.size(), String.join(", ", unjudged)).stripTrailing());
            out().println(tr("cli.progress.unevidenced", unevidenced.size(), String.join(", ", unevidenced)).stripTrailing());
            out().println(tr("cli.progress.flagged", flagged.size(), String.join(", ", flagged)).stripTrailing());
            out().println(tr(progress.outcome().met() ? "cli.review.show.ruleMet" : "cli.review.show.ruleNotMet"));
            for (Finding finding : progress.outcome().findings()) {
                out().println("  " + (finding.passed() ? "✓ " : "✗ ") + finding.text());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "decide", description = {"Records the officer's decision: awarded, not-yet or deferred.",
        "A decision that differs from what the award rule gives needs --override-reason."})
    public static final class Decide extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "awarded|not-yet|deferred", description = "The decision.")
        String decision;
        @Option(names = "--summary", paramLabel = "TEXT", description = "The summary shown in the report.")
        String summary;
        @Option(names = "--override-reason", paramLabel = "TEXT",
                description = "Why the decision differs from the award rule's outcome.")
        String overrideReason;

        public Decide(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Decision chosen = Decision.parse(decision);
            Review after = apply(latest(), new ReviewChange.RecordDecision(chosen, summary, overrideReason));
            return done(after, tr("cli.change.decided", chosen.cliName()));
        }
    }

    @Command(name = "finalise", description = {"Finalises the review and locks the revision.",
        "The award rule's outcome is kept and, when awarded, the award dates are set. To change it",
        "afterwards, use review amend."})
    public static final class Finalise extends ReviewChangeCommand {
        public Finalise(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.Finalise());
            return done(after, after.awardedOn() == null ? tr("cli.change.finalised", after.revision())
                    : tr("cli.change.finalisedAwarded", after.revision(), after.awardedOn(), after.validUntil()));
        }
    }

    @Command(name = "amend", description = {"Opens a new revision of a finalised review, so it can be changed.",
        "Everything is copied; the finalised revision stays as it was."})
    public static final class Amend extends ReviewChangeCommand {
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the review is amended.")
        String reason;

        public Amend(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review after = apply(latest(), new ReviewChange.Amend(reason));
            return done(after, tr("cli.change.amended", after.revision()));
        }
    }

    @Command(name = "sign-pledge", description = {"Records who signed a pledge for the organisation, dated today.",
        "A pledge may have several signatories (head teacher, chair of governors, a parent or pupil representative):",
        "without options this sets the first; --add adds another; --signatory N changes the N-th.",
        "With --consent-to-publish their name and role may be published on the Local Offer website."})
    public static final class SignPledge extends ReviewChangeCommand {
        @Option(names = "--name", paramLabel = "N", required = true, description = "The signatory's name.")
        String name;
        @Option(names = "--role", paramLabel = "R", required = true, description = "The signatory's role.")
        String role;
        @Option(names = "--organisation", paramLabel = "O", required = true, description = "Their organisation.")
        String organisation;
        @Option(names = "--consent-to-publish", description = "They agreed to their name and role being published.")
        boolean consent;
        @Option(names = "--add", description = "Adds this person as a further signatory.")
        boolean add;
        @Option(names = "--signatory", paramLabel = "N", description = "Changes the N-th signatory (from 1).")
        Integer number;

        public SignPledge(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (add && number != null) {
                throw new InvalidInputException(tr("cli.change.addOrSignatory"));
            }
            PledgeSignatory signatory = new PledgeSignatory(name, role, organisation, LocalDate.now(workspace().clock()),
                    consent);
            Review before = latest();
            if (number != null) {
                requireSignatory(before, number);
            }
            ReviewChange change = add ? new ReviewChange.AddSignatory(signatory)
                    : number != null ? new ReviewChange.UpdateSignatory(number - 1, signatory)
                    : new ReviewChange.RecordSignatory(signatory);
            Review after = apply(before, change);
            return done(after, tr("cli.change.signed", name));
        }
    }

    /** A signatory's number as `review show` lists them, or a message saying which numbers there are. */
    static void requireSignatory(Review review, int number) {
        int count = review.signatories().size();
        if (number < 1 || number > count) {
            throw new InvalidInputException(count == 0 ? tr("cli.change.noSignatories", number)
                    : tr("cli.change.noSuchSignatory", number, count));
        }
    }

    @Command(name = "remove-signatory", description = {"Removes the N-th signatory (from 1) of a pledge; those after it "
        + "move up."})
    public static final class RemoveSignatory extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "N", description = "Which signatory, from 1, as `review show` lists them.")
        int number;

        public RemoveSignatory(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review before = latest();
            requireSignatory(before, number);
            Review after = apply(before, new ReviewChange.RemoveSignatory(number - 1));
            return done(after, tr("cli.change.signatoryRemoved", number));
        }
    }

    @Command(name = "apply", description = {"Applies several changes from a JSON file in one go, all or nothing.",
        "If any change is refused, none is kept. The file is a JSON list of changes, each with a \"type\"",
        "(see docs/review-format.md)."})
    public static final class Apply extends ReviewChangeCommand {
        @Parameters(index = "1", paramLabel = "CHANGES.json", description = "The file of changes.")
        Path file;

        public Apply(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Review target = latest();
            List<ReviewChange> changes = new ReviewChangeFile(workspace().json())
                    .read(file, target, LocalDate.now(workspace().clock()));
            Review after = apply(target, changes);
            return done(after, tr("cli.change.applied", changes.size(), after.revision()));
        }
    }
}
