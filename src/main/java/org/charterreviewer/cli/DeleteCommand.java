package org.charterreviewer.cli;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.UUID;
import org.charterreviewer.protection.ErasurePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code delete ...}: real deletion of a school, a review or one evidence file. Without {@code --yes}
 * it only lists what would go and exits 1; with it the data is deleted and the database compacted.
 */
@Command(name = "delete", description = {
    "Deletes a school, a review or an evidence file for good.",
    "The database is compacted afterwards, so the bytes are gone from the file. Without --yes, it lists",
    "what would go and changes nothing."},
        subcommands = {DeleteCommand.School.class, DeleteCommand.Review.class, DeleteCommand.Evidence.class})
public final class DeleteCommand {

    /** Shared by the three: show the plan, and delete only with --yes. */
    abstract static class Deletion extends WorkspaceCommand {

        @Option(names = "--yes", description = "Delete without asking (after reading what would go).")
        boolean yes;

        Deletion(CliSession session) {
            super(session);
        }

        abstract ErasurePlan plan();

        /** A reason to refuse the plan outright, or null. */
        String refusal(ErasurePlan plan) {
            return null;
        }

        @Override
        public Integer call() {
            ErasurePlan plan = plan();
            out().println(tr("cli.erase.heading"));
            ErasurePlanOutput.print(out(), plan);
            String refusal = refusal(plan);
            if (refusal != null) {
                err().println(refusal);
                return ExitCode.INVALID;
            }
            if (!yes) {
                err().println(tr("cli.erase.addYes"));
                return ExitCode.INVALID;
            }
            ErasurePlanOutput.printDone(out(), workspace().eraser().erase(plan));
            return ExitCode.OK;
        }
    }

    @Command(name = "school", description = "Deletes a school (by id); with --with-reviews its reviews too.")
    public static final class School extends Deletion {

        @Parameters(paramLabel = "ID", description = "The school's id.")
        long id;

        @Option(names = "--with-reviews", description = "Also delete every review of the school.")
        boolean withReviews;

        public School(CliSession session) {
            super(session);
        }

        @Override
        ErasurePlan plan() {
            return workspace().eraser().planSchool(id);
        }

        @Override
        String refusal(ErasurePlan plan) {
            return !withReviews && !plan.reviews().isEmpty()
                    ? tr("cli.erase.schoolHasReviews", plan.reviews().size()) : null;
        }
    }

    @Command(name = "review", description = "Deletes a review (id or unique prefix): every revision and everything in it.")
    public static final class Review extends Deletion {

        @Parameters(paramLabel = "REVIEW_ID")
        String reviewId;

        public Review(CliSession session) {
            super(session);
        }

        @Override
        ErasurePlan plan() {
            UUID id = workspace().reviews().resolveId(reviewId);
            return workspace().eraser().planReview(id);
        }
    }

    @Command(name = "evidence", description = "Deletes one evidence file from a review, in every revision of it.")
    public static final class Evidence extends Deletion {

        @Parameters(index = "0", paramLabel = "REVIEW_ID")
        String reviewId;

        @Parameters(index = "1", paramLabel = "EVIDENCE_ID")
        long evidenceId;

        public Evidence(CliSession session) {
            super(session);
        }

        @Override
        ErasurePlan plan() {
            UUID id = workspace().reviews().resolveId(reviewId);
            return workspace().eraser().planEvidence(id, evidenceId);
        }
    }
}
