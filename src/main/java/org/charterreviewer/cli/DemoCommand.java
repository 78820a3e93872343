package org.charterreviewer.cli;

import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import picocli.CommandLine.Command;

/**
 * {@code demo}: adds the example school (once) and a new finished, awarded Wolverhampton review,
 * and prints the review's id as the only line, so scripts can use {@code $(charter-reviewer demo)}.
 * Each run adds another review.
 */
@Command(name = "demo", description = {
    "Adds an example school and a finished, awarded review, and prints the review's id.",
    "The review is of the Wolverhampton charter, with evidence, made with the same review changes as the",
    "review commands. Each run adds another review; the school is reused."})
public final class DemoCommand extends WorkspaceCommand {

    public DemoCommand(CliSession session) {
        super(session);
    }

    @Override
    public Integer call() {
        Workspace ws = workspace();
        Review review = new DemoReview(ws.schools(), ws.charters(), ws.reviews(), ws.evidence(), ws.clock()).create();
        out().println(review.id());
        return ExitCode.OK;
    }
}
