package org.charterreviewer.review;

import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * Test-only program for {@link CrashSafetyTest}: opens an encrypted workspace, starts a review and keeps
 * changing it ("edit") or attaching large files ("attach"), printing "committed k" after each change
 * returns, until it is killed.
 */
public final class CrashWriterMain {

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String mode = args[1];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(org.charterreviewer.testing.CliRun.TEST_PASSPHRASE.toCharArray()))) {
            var wolverhampton = ReviewFixtures.wolverhampton();
            ReviewFixtures.insertCharterRow(workspace.database().dsl(), wolverhampton);
            long school = ReviewFixtures.insertSchool(workspace.database().dsl(), "Crash Test School", "999001");
            ReviewService reviews = new ReviewService(workspace.database(), ReviewFixtures.catalog(wolverhampton),
                    workspace.auditLog(), workspace.clock(), () -> "Officer");
            EvidenceService evidence = new EvidenceService(reviews, EvidenceSanitizer.NONE);
            Review review = reviews.start(new NewReview(school, wolverhampton.id(), wolverhampton.version(),
                    LocalDate.of(2026, 3, 9), List.of("Officer"), List.of()));
            out.println("review " + review.id());
            List<String> items = wolverhampton.judgedItems().stream().map(i -> i.id()).toList();
            Path big = Path.of(args[2]);
            for (int k = 1; ; k++) {
                if (mode.equals("edit")) {
                    reviews.addVoice(review.ref(), null, "Pupil", "said " + k, false);
                    reviews.judge(review.ref(), items.get(k % items.size()), k % 2 == 0 ? "established" : "emerging");
                } else {
                    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
                        file.writeInt(k); // new content each time, so each attach stores a new blob
                    }
                    evidence.attach(review.ref(), big, List.of("p1"), "file " + k, ProgressMonitor.NONE);
                }
                out.println("committed " + k);
            }
        }
    }
}
