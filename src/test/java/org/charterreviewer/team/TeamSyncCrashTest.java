package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sync killed halfway (the process halted as {@code kill -9} would, in a child JVM) leaves both
 * sides consistent, and the next sync completes it: nothing twice, nothing lost, no false conflict.
 */
class TeamSyncCrashTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();

    private CliRun syncKilledAt(String name, String crashPoint) throws Exception {
        return ChildJvm.crashAt(dir, crashPoint, "--data-dir", dir.resolve(name).toString(), "team", "sync");
    }

    @Test
    void aPushKilledAfterTheServerCommittedIsCompletedByTheNextSync() throws Exception {
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);
        }
        CliRun killed = syncKilledAt("first", ReviewSync.AFTER_PUSH);
        assertThat(killed.exitCode()).as(killed.err()).isEqualTo(CrashPoints.EXIT_CODE);
        assertThat(council.number("select count(*) from council_review")).isEqualTo(1);
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            assertThat(first.team().status().lastSync()).isNull();
            SyncReport report = CouncilTestServer.sync(first);
            assertThat(report.reviewsPushed()).isEqualTo(1);
            assertThat(report.conflictsFound()).isZero();
            assertThat(first.team().status().conflicts()).isEmpty();
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            assertThat(CouncilTestServer.sync(second).reviewsPulled()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.MID_REVIEW_IMPORT, ReviewSync.AFTER_PULL})
    void aPullKilledHalfwayIsCompletedByTheNextSync(String crashPoint) throws Exception {
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);
            CouncilTestServer.sync(first);
        }
        council.connectedLaptop(dir, "second").close();
        CliRun killed = syncKilledAt("second", crashPoint);
        assertThat(killed.exitCode()).as(killed.err()).isEqualTo(CrashPoints.EXIT_CODE);
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            // All or nothing per review: the one being imported is there whole, or not at all.
            int before = second.reviews().list(ReviewFilter.all()).size();
            assertThat(before).isLessThanOrEqualTo(1);
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPulled()).isEqualTo(2 - before);
            assertThat(report.conflictsFound()).isZero();
            assertThat(second.reviews().list(ReviewFilter.all())).hasSize(2);
            assertThat(second.team().status().conflicts()).isEmpty();
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
    }
}
