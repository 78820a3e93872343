package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.testing.ChildJvm;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    CouncilTestServer council;

    @BeforeEach
    void prepareCouncil() {
        council = CouncilTestServer.prepared();
    }

    @AfterEach
    void dropCouncil() {
        council.close();
    }

    private Workspace laptop(String name) {
        return CouncilTestServer.laptop(dir, name);
    }

    private void connect(Workspace laptop) {
        council.connect(laptop);
    }

    private CliRun syncKilledAt(String name, String crashPoint) throws Exception {
        return ChildJvm.crashAt(dir, crashPoint, "--data-dir", dir.resolve(name).toString(), "team", "sync");
    }

    @Test
    void aPushKilledAfterTheServerCommittedIsCompletedByTheNextSync() throws Exception {
        try (Workspace first = laptop("first")) {
            connect(first);
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);
        }
        CliRun killed = syncKilledAt("first", ReviewSync.AFTER_PUSH);
        assertThat(killed.exitCode()).as(killed.err()).isEqualTo(CrashPoints.EXIT_CODE);
        assertThat(council.number("select count(*) from council_review")).isEqualTo(1);
        try (Workspace first = laptop("first")) {
            assertThat(first.team().status().lastSync()).isNull();
            SyncReport report = first.team().sync(ProgressMonitor.NONE);
            assertThat(report.reviewsPushed()).isEqualTo(1);
            assertThat(report.conflictsFound()).isZero();
            assertThat(first.team().status().conflicts()).isEmpty();
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
        try (Workspace second = laptop("second")) {
            connect(second);
            assertThat(second.team().sync(ProgressMonitor.NONE).reviewsPulled()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CrashPoints.MID_REVIEW_IMPORT, ReviewSync.AFTER_PULL})
    void aPullKilledHalfwayIsCompletedByTheNextSync(String crashPoint) throws Exception {
        try (Workspace first = laptop("first")) {
            connect(first);
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);
            first.team().sync(ProgressMonitor.NONE);
        }
        try (Workspace second = laptop("second")) {
            connect(second);
        }
        CliRun killed = syncKilledAt("second", crashPoint);
        assertThat(killed.exitCode()).as(killed.err()).isEqualTo(CrashPoints.EXIT_CODE);
        try (Workspace second = laptop("second")) {
            // All or nothing per review: the one being imported is there whole, or not at all.
            int before = second.reviews().list(ReviewFilter.all()).size();
            assertThat(before).isLessThanOrEqualTo(1);
            SyncReport report = second.team().sync(ProgressMonitor.NONE);
            assertThat(report.reviewsPulled()).isEqualTo(2 - before);
            assertThat(report.conflictsFound()).isZero();
            assertThat(second.reviews().list(ReviewFilter.all())).hasSize(2);
            assertThat(second.team().status().conflicts()).isEmpty();
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
    }
}
