package org.charterreviewer.team;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection to the council database drops in the middle of a sync, for real: a relay closes
 * the sockets while a review is being sent, or the server terminates the sync's backend while
 * reviews are being fetched. The officer reads one plain sentence, both sides hold whole reviews
 * only, and the next sync carries on from where the broken one stopped.
 */
class TeamSyncDroppedConnectionTest {

    /** The statement that adds a review revision on the server. */
    private static final String REVIEW_INSERT = "insert into council_review";

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();

    @Test
    void aConnectionCutWhileSendingKeepsWholeReviewsAndTheNextSyncSendsOnlyTheRest() {
        try (CuttingProxy network = new CuttingProxy(council.url(), REVIEW_INSERT, 2);
                Workspace first = CouncilTestServer.laptop(dir, "first")) {
            council.connect(first, network.url(council.url()));
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);

            assertThatThrownBy(() -> CouncilTestServer.sync(first)).isInstanceOf(TeamProblem.class)
                    .hasMessage(Messages.tr("team.error.dropped"));
            assertThat(network.hasCut()).isTrue();
            // All or nothing per review: the first is on the server whole, the second not at all.
            assertThat(council.number("select count(*) from council_review")).isEqualTo(1);
            assertThat(council.number("select count(distinct review_id) from council_audit")).isEqualTo(1);
            assertThat(first.team().status().lastSync()).as("a broken sync is not a finished one").isNull();

            SyncReport report = CouncilTestServer.sync(first);
            assertThat(report.reviewsPushed()).isEqualTo(1);
            assertThat(report.conflictsFound()).isZero();
            // Resumed, not restarted: only the review the cut stopped was sent again.
            assertThat(network.seen()).isEqualTo(3);
            assertThat(first.team().status().lastSync()).isNotNull();
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
        assertThat(council.number("select count(distinct review_id) from council_audit")).isEqualTo(2);
    }

    @Test
    void theServerEndingTheSyncWhileFetchingIsCarriedOnByTheNextSync() {
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            CertificateReviews.awarded(first);
            CertificateReviews.notAwarded(first);
            CouncilTestServer.sync(first);
        }
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            AtomicBoolean terminated = new AtomicBoolean();
            ProgressMonitor terminateWhileFetching = RecordingMonitor.recording().cancelWhen(m -> {
                // The first review is being fetched: an administrator ends the sync's connection.
                if (Messages.tr("team.sync.step.pull").equals(m.lastMessage()) && terminated.compareAndSet(false, true)) {
                    council.sql("select pg_terminate_backend(pid) from pg_stat_activity "
                            + "where application_name = 'Charter Reviewer' and datname = current_database()");
                }
                return false;
            });
            assertThatThrownBy(() -> second.team().sync(terminateWhileFetching)).isInstanceOf(TeamProblem.class)
                    .hasMessage(Messages.tr("team.error.dropped"));
            assertThat(terminated).isTrue();
            int fetched = second.reviews().list(ReviewFilter.all()).size();

            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPulled()).as("only what the broken sync did not fetch").isEqualTo(2 - fetched);
            assertThat(report.reviewsPushed()).isZero();
            assertThat(report.conflictsFound()).isZero();
            assertThat(second.reviews().list(ReviewFilter.all())).hasSize(2);
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
    }

    @Test
    void theCommandLineSaysItPlainlyAndTheNextSyncCompletes() throws Exception {
        Path data = dir.resolve("cli");
        try (CuttingProxy network = new CuttingProxy(council.url(), REVIEW_INSERT, 2)) {
            CliRun connected = CouncilTestServer.connectOnCommandLine(data, network.url(council.url()),
                    CouncilTestServer.passwordFile(dir));
            assertThat(connected.exitCode()).as(connected.err()).isZero();
            try (Workspace laptop = CouncilTestServer.laptop(dir, "cli")) {
                CertificateReviews.awarded(laptop);
                CertificateReviews.notAwarded(laptop);
            }

            CliRun broken = CliRun.of("--data-dir", data.toString(), "team", "sync");
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.err()).contains("stopped answering during the sync").contains("Nothing was lost")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(council.number("select count(*) from council_review")).isEqualTo(1);

            CliRun again = CliRun.of("--data-dir", data.toString(), "team", "sync", "--json");
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("\"reviewsPushed\" : 1");
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(2);
    }
}
