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
 * finalised review; erasure needs the administrator's role.
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
