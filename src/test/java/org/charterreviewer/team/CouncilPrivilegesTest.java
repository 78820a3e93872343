package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The least-privilege set-up of docs/council-database.md, run as written: an officer's role can
 * sync with only the grants listed there, and cannot change, delete or forge another officer's
 * finalised review; erasure needs the administrator's role. A moderator cannot decide on a review
 * they sent or submitted, nor submit or comment in another officer's name, whatever their laptop does.
 */
class CouncilPrivilegesTest {

    @TempDir
    Path dir;
    CouncilTestServer council;
    /** Roles belong to the whole server: a suffix keeps each test's roles apart. */
    final String suffix = "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
    final String officers = "charter_officer" + suffix;
    final String admins = "charter_admin" + suffix;
    final String morgan = "a_morgan" + suffix;
    final String patel = "r_patel" + suffix;

    @BeforeEach
    void setUp() {
        council = CouncilTestServer.prepared();
        council.sql("CREATE ROLE " + officers + " NOLOGIN");
        council.sql("CREATE ROLE " + admins + " NOLOGIN");
        // The grants of the guide, section 3.
        council.sql("GRANT USAGE ON SCHEMA public TO " + officers + ", " + admins);
        council.sql("GRANT SELECT, INSERT ON council_review, council_evidence, council_certificate, council_audit, "
                + "council_charter TO " + officers);
        council.sql("GRANT SELECT, INSERT ON council_school TO " + officers);
        council.sql("GRANT SELECT, INSERT ON council_submission, council_decision, council_decision_comment TO "
                + officers);
        council.sql("GRANT UPDATE (name, local_authority, establishment_type, phase, establishment_status, street, "
                + "locality, address3, town, county, postcode, website, telephone, head_teacher, updated_by, change_no) "
                + "ON council_school TO " + officers);
        council.sql("GRANT USAGE ON SEQUENCE council_change TO " + officers);
        council.sql("GRANT SELECT ON council_schema_history TO " + officers);
        council.sql("GRANT " + officers + " TO " + admins);
        council.sql("GRANT EXECUTE ON FUNCTION council_erase_school(VARCHAR) TO " + admins);
        council.sql("CREATE ROLE " + morgan + " LOGIN PASSWORD 'x' IN ROLE " + officers);
        council.sql("CREATE ROLE " + patel + " LOGIN PASSWORD 'x' IN ROLE " + officers);
    }

    @AfterEach
    void tearDown() {
        council.close();
        for (String role : new String[] {morgan, patel, admins, officers}) {
            council.sqlOnServer("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void anOfficerSyncsWithTheGuidesGrantsAndCannotTouchAnotherOfficersReview() throws SQLException {
        try (Workspace laptop = CouncilTestServer.laptop(dir, "morgan")) {
            laptop.team().connect(council.url(), morgan, "x".toCharArray());
            CertificateReviews.awarded(laptop);
            SyncReport report = laptop.team().sync(ProgressMonitor.NONE);
            assertThat(report.reviewsPushed()).isEqualTo(1);
        }
        assertThat(council.number("select count(*) from council_review where officer = '" + morgan + "'")).isEqualTo(1);
        assertThat(council.number("select count(*) from council_school where urn = '" + CertificateReviews.URN + "'"))
                .isEqualTo(1);

        try (Connection asPatel = DriverManager.getConnection(council.url(), patel, "x");
                Statement sql = asPatel.createStatement()) {
            assertThat(count(sql, "select count(*) from council_review")).as("officers see every review").isEqualTo(1);
            assertDenied(sql, "update council_review set document = document");
            assertDenied(sql, "delete from council_review");
            assertDenied(sql, "insert into council_review (review_id, revision, content_sha256, officer, document, "
                    + "change_no) values (gen_random_uuid(), 1, repeat('a', 64), '" + morgan + "', '\\x00', 0)");
            assertDenied(sql, "update council_school set erased = true");
            assertDenied(sql, "select council_erase_school('" + CertificateReviews.URN + "')");
        }
        try (Connection asAdmin = DriverManager.getConnection(council.url(), patel, "x");
                Statement sql = asAdmin.createStatement()) {
            council.sql("GRANT " + admins + " TO " + patel);
            sql.execute("SET ROLE " + admins);
            sql.execute("select council_erase_school('" + CertificateReviews.URN + "')");
        }
        assertThat(council.number("select count(*) from council_review")).isZero();
    }

    @Test
    void theServerRefusesAnOfficerModeratingTheirOwnReview() throws SQLException {
        try (Workspace laptop = CouncilTestServer.laptop(dir, "morgan")) {
            laptop.team().connect(council.url(), morgan, "x".toCharArray());
            java.util.UUID id = CertificateReviews.awarded(laptop);
            laptop.moderation().service().submit(id);
            assertThat(laptop.team().sync(ProgressMonitor.NONE).moderationsPushed()).isEqualTo(1);
        }
        assertThat(council.number("select count(*) from council_submission where officer = '" + morgan + "'"))
                .isEqualTo(1);
        String decide = "insert into council_decision (review_id, revision, content_sha256, state, decided_by, "
                + "decided_at, change_no) select review_id, revision, content_sha256, 'approved', 'someone', now(), "
                + "nextval('council_change') from council_submission";
        String comment = "insert into council_decision_comment (review_id, revision, comment_no, body) "
                + "select review_id, revision, 1, 'Fine.' from council_decision";
        try (Connection asMorgan = DriverManager.getConnection(council.url(), morgan, "x");
                Statement sql = asMorgan.createStatement()) {
            assertDenied(sql, decide);
        }
        try (Connection asPatel = DriverManager.getConnection(council.url(), patel, "x");
                Statement sql = asPatel.createStatement()) {
            assertDenied(sql, "insert into council_submission (review_id, revision, content_sha256, submitted_by, "
                    + "submitted_at, change_no) select review_id, revision + 1, content_sha256, 'someone', now(), 0 "
                    + "from council_review");
            sql.execute(decide);
            sql.execute(comment);
            assertDenied(sql, "update council_decision set state = 'returned'");
            assertDenied(sql, "delete from council_decision");
            assertDenied(sql, "delete from council_submission");
        }
        try (Connection asMorgan = DriverManager.getConnection(council.url(), morgan, "x");
                Statement sql = asMorgan.createStatement()) {
            assertDenied(sql, comment.replace(", 1, 'Fine.'", ", 2, 'Forged.'"));
        }
        assertThat(council.number("select count(*) from council_decision where officer = '" + patel + "'"))
                .isEqualTo(1);
    }

    @Test
    void aDecisionTheLaptopLetThroughOnItsOwnReviewIsRefusedByTheServerInPlainWords() {
        java.util.UUID id;
        try (Workspace laptop = CouncilTestServer.laptop(dir, "morgan")) {
            laptop.team().connect(council.url(), morgan, "x".toCharArray());
            id = CertificateReviews.awarded(laptop);
            laptop.moderation().service().submit(id);
            laptop.team().sync(ProgressMonitor.NONE);
        }
        // A signing identity made after submitting, under another name: the laptop cannot tell it is the same officer.
        org.charterreviewer.testing.CliRun identity = org.charterreviewer.testing.CliRun.of("--data-dir",
                dir.resolve("morgan").toString(), "identity", "create", "--name", "Alex Morgan-Reed", "--role", "Officer",
                "--council", "Example");
        assertThat(identity.exitCode()).as(identity.err()).isZero();
        try (Workspace laptop = CouncilTestServer.laptop(dir, "morgan")) {
            laptop.moderation().service().decide(id, org.charterreviewer.moderation.ModerationState.APPROVED,
                    java.util.List.of());
            SyncReport report = laptop.team().sync(ProgressMonitor.NONE);
            assertThat(report.moderationsPushed()).isZero();
            assertThat(report.problems()).singleElement().asString()
                    .contains("refused your decision", "cannot moderate a review they sent or submitted");
        }
        assertThat(council.number("select count(*) from council_decision")).isZero();
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertDenied(Statement sql, String statement) {
        assertThatThrownBy(() -> sql.execute(statement)).as(statement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501"));
    }
}
