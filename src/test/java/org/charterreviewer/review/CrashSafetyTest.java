package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process that is editing a review, mid-edit and mid-attach, and checks what it said it committed is there. */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyReportedChangeSurvivesAKillMidEdit() throws Exception {
        Run run = runAndKill("edit", 40, null);
        try (Workspace workspace = Workspace.open(encrypted())) {
            ReviewService reviews = new ReviewService(workspace.database(),
                    ReviewFixtures.catalog(ReviewFixtures.wolverhampton()), workspace.auditLog(), workspace.clock(), () -> "x");
            Review review = reviews.latest(run.reviewId());
            List<String> said = review.voices().stream().map(Voice::said).toList();
            for (int k = 1; k <= run.lastCommitted(); k++) {
                assertThat(said).contains("said " + k);
            }
            // Changes after the last one we read may have landed too, but never with a gap.
            for (int k = 1; k <= said.size(); k++) {
                assertThat(said).contains("said " + k);
            }
            // The review still takes changes.
            reviews.addVoice(review.ref(), null, "Pupil", "after the crash", false);
        }
    }

    @Test
    void aKillMidAttachLeavesNoHalfAttachedEvidence() throws Exception {
        Path big = dir.resolve("big.bin");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(30L * 1024 * 1024);
        }
        // The third attach stops dead inside its transaction, with its content written but not committed.
        Run run = runAndKill("attach", Integer.MAX_VALUE, CrashPoints.MID_ATTACH + "#3", big.toString());
        assertThat(run.lastCommitted()).isEqualTo(2);
        try (Workspace workspace = Workspace.open(encrypted())) {
            ReviewService reviews = new ReviewService(workspace.database(),
                    ReviewFixtures.catalog(ReviewFixtures.wolverhampton()), workspace.auditLog(), workspace.clock(), () -> "x");
            Review review = reviews.latest(run.reviewId());
            assertThat(review.evidence()).hasSize(2);
            assertThat(review.evidence()).allMatch(e -> e.sizeBytes() == 30L * 1024 * 1024);
            for (int k = 1; k <= run.lastCommitted(); k++) {
                String caption = "file " + k;
                assertThat(review.evidence()).anyMatch(e -> caption.equals(e.caption()) && e.sizeBytes() == 30L * 1024 * 1024);
            }
            int orphans = workspace.database().dsl().fetchCount(EVIDENCE_BLOB,
                    DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(EVIDENCE_BLOB.SHA256))));
            assertThat(orphans).isZero();
            assertThat(new EvidenceService(reviews, EvidenceSanitizer.NONE).removeOrphanContent()).isZero();
        }
    }

    private record Run(UUID reviewId, int lastCommitted) {
    }

    private WorkspaceOptions encrypted() {
        return WorkspaceOptions.at(dir.resolve("data")).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray());
    }

    /**
     * Runs {@link CrashWriterMain} until it reported {@code killAfter} commits (then kills it), or, with
     * a crash point, until it stops itself dead there.
     */
    private Run runAndKill(String mode, int killAfter, String crashPoint, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of(dir.resolve("data").toString(), mode));
        args.addAll(List.of(extra.length == 0 ? new String[] {dir.resolve("unused").toString()} : extra));
        List<String> jvm = crashPoint == null ? List.of() : List.of("-D" + CrashPoints.PROPERTY + "=" + crashPoint);
        Process child = ChildJvm.start(dir, jvm, CrashWriterMain.class.getName(), args.toArray(String[]::new));
        UUID reviewId = null;
        int last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("review ")) {
                    reviewId = UUID.fromString(line.substring(7).strip());
                } else if (line.startsWith("committed ")) {
                    last = Integer.parseInt(line.substring(10).strip());
                    if (last >= killAfter) {
                        break;
                    }
                }
            }
            if (crashPoint == null) {
                child.destroyForcibly();
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reviewId).as("the child started a review").isNotNull();
        if (crashPoint == null) {
            assertThat(last).isGreaterThanOrEqualTo(killAfter);
        } else {
            assertThat(child.exitValue()).as("stopped at " + crashPoint).isEqualTo(CrashPoints.EXIT_CODE);
        }
        return new Run(reviewId, last);
    }
}
