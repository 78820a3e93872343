package org.charterreviewer.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.i18n.UkDates;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Base of the commands that change a review: they name the review first, make the window's own
 * {@link ReviewChange} records and hand them to the workspace's review editor (one transaction,
 * the same rules and audit log as the window), then say in one line what was done.
 */
abstract class ReviewChangeCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "REVIEW", description = "The review: its id, or a unique start of it.")
    String review;

    @Option(names = "--json", description = "Prints the review, revision and status after the change as JSON.")
    boolean json;

    ReviewChangeCommand(CliSession session) {
        super(session);
    }

    /** The latest revision of the review named on the command line. */
    Review latest() {
        UUID id = workspace().reviews().resolveId(review);
        return workspace().reviews().editor().latest(id);
    }

    Charter charterOf(Review target) {
        return workspace().reviews().charterOf(target);
    }

    /** Checks the changes as typed (see {@link ChangeRefusals}), then applies them all in one transaction. */
    Review apply(Review target, List<ReviewChange> changes) {
        ChangeRefusals.check(charterOf(target), target, changes);
        return changes.size() == 1
                ? workspace().reviews().editor().apply(target.ref(), changes.get(0))
                : workspace().reviews().editor().applyAll(target.ref(), changes);
    }

    Review apply(Review target, ReviewChange change) {
        return apply(target, List.of(change));
    }

    /** Says what was done: {@code message} as a line, or the review's state as JSON. */
    int done(Review after, String message) {
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("review", after.id());
            result.put("revision", after.revision());
            result.put("status", after.status().cliName());
            result.put("message", message);
            printJson(result);
        } else {
            out().println(message);
        }
        return ExitCode.OK;
    }

    /** A date typed the UK way or as ISO, or a plain refusal naming the option. */
    static LocalDate date(String text, String option) {
        return UkDates.parse(text).orElseThrow(() -> new InvalidInputException(
                Messages.tr("cli.change.badDate", text, option)));
    }
}
