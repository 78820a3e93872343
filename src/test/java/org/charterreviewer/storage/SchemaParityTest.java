package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.charterreviewer.testing.TestDatabases;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The laptop's H2 file and the council's PostgreSQL get the same schema from their scripts (common
 * plus each vendor's folder): the same tables, columns, types, nullability and named constraints,
 * at the same newest version. A column added to one vendor's script and forgotten in the other fails here.
 */
class SchemaParityTest {

    /** H2's names of the types whose PostgreSQL names differ; the rest are the same words. */
    private static final Map<String, String> SAME_TYPE = Map.of(
            "character large object", "text",
            "binary large object", "bytea");

    @TempDir
    Path dir;

    @Test
    void bothDatabasesHaveTheSameTablesColumnsAndConstraints() throws SQLException {
        TreeSet<String> h2Columns;
        TreeSet<String> h2Constraints;
        try (Database h2 = TestDatabases.encryptedH2(dir); Connection connection = h2.connection()) {
            h2Columns = columns(connection, "PUBLIC");
            h2Constraints = namedConstraints(connection, "PUBLIC");
        }
        try (TestDatabases.PostgresDatabase pg = TestDatabases.freshPostgres(); Database postgres = pg.open();
                Connection connection = postgres.connection()) {
            assertThat(columns(connection, "public")).containsExactlyElementsOf(h2Columns);
            assertThat(namedConstraints(connection, "public")).containsExactlyElementsOf(h2Constraints);
        }
        // Evidence content may be NULL since V83: pulled from the council database, it is fetched when first opened.
        assertThat(h2Columns).contains("review.review_id uuid not null", "evidence_blob.content bytea null");
    }

    @Test
    void bothDialectsBundleTheSameNewestVersion() {
        assertThat(SchemaCheck.newestBundledVersion(SQLDialect.POSTGRES))
                .isPresent()
                .isEqualTo(SchemaCheck.newestBundledVersion(SQLDialect.H2));
    }

    /** "table.column type[(length)] [not ]null" for every column, Flyway's history left out. */
    private static TreeSet<String> columns(Connection connection, String schema) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ?"
                        + " AND TABLE_NAME NOT IN ('flyway_schema_history')")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(3).toLowerCase(Locale.ROOT);
                    type = SAME_TYPE.getOrDefault(type, type);
                    String length = type.startsWith("character") ? "(" + rows.getLong(4) + ")" : "";
                    columns.add(lower(rows.getString(1)) + "." + lower(rows.getString(2)) + " " + type + length
                            + ("YES".equals(rows.getString(5)) ? " null" : " not null"));
                }
            }
        }
        return columns;
    }

    /** The constraints the scripts name (pk_, uq_, fk_, ck_), by table; unnamed ones differ by vendor. */
    private static TreeSet<String> namedConstraints(Connection connection, String schema) throws SQLException {
        TreeSet<String> constraints = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                        + " WHERE TABLE_SCHEMA = ?")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = lower(rows.getString(2));
                    if (name.matches("(pk|uq|fk|ck)_.*")) {
                        constraints.add(lower(rows.getString(1)) + "." + name + " " + lower(rows.getString(3)));
                    }
                }
            }
        }
        return constraints;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
