package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V75: a data folder from before several pledge signatories keeps its one signatory, now the first. */
class PledgeSignatoryMigrationTest {

    /** The laptop's scripts, as the app finds them: the common ones and H2's own. */
    private static final String[] H2_SCRIPTS = Dialects.scriptFolders(org.jooq.SQLDialect.H2).stream()
            .map(folder -> "classpath:" + folder).toArray(String[]::new);

    @TempDir
    Path dir;

    @Test
    void theOldSingleSignatoryBecomesTheFirstOfTheList() throws Exception {
        DataFolder folder = DataFolder.at(dir);
        folder.create();
        String url = Database.jdbcUrl(folder, false);
        Flyway.configure().dataSource(url, "charter", "").locations(H2_SCRIPTS).target("60").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "charter", "");
                Statement statement = connection.createStatement()) {
            String now = "TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00'";
            statement.execute("INSERT INTO charter (charter_id, version, content_sha256, title, issuing_body, json_text,"
                    + " imported_at) VALUES ('bcp', '1', '" + "0".repeat(64) + "', 'Pledge', 'Council', '{}', " + now + ")");
            statement.execute("INSERT INTO school (school_id, name, created_at, updated_at) VALUES (7, 'Oak Primary', "
                    + now + ", " + now + ")");
            statement.execute("INSERT INTO review (review_key, review_id, revision, school_id, charter_id,"
                    + " charter_version, charter_sha256, status, created_at, updated_at) VALUES (42,"
                    + " '6f1c1f5e-0000-4000-8000-000000000001', 1, 7, 'bcp', '1', '" + "0".repeat(64) + "',"
                    + " 'IN_PROGRESS', " + now + ", " + now + ")");
            statement.execute("INSERT INTO pledge_signatory (review_key, signatory_name, signatory_role, organisation,"
                    + " signed_on, consent_to_publish) VALUES (42, 'Jo Head', 'Head teacher', 'Oak Primary',"
                    + " DATE '2026-03-01', TRUE)");
        }
        Flyway.configure().dataSource(url, "charter", "").locations(H2_SCRIPTS).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "charter", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT review_key, signatory_order, signatory_name,"
                        + " consent_to_publish FROM pledge_signatory")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(42);
            assertThat(row.getInt(2)).isZero();
            assertThat(row.getString(3)).isEqualTo("Jo Head");
            assertThat(row.getBoolean(4)).isTrue();
            assertThat(row.next()).isFalse();
        }
    }
}
