package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** How much a data folder holds, for the status line and {@code status} on the command line. */
public record DatabaseSummary(String schemaVersion, int charters, int schools, int reviews, int evidenceFiles) {

    public static DatabaseSummary read(DSLContext dsl) {
        // Plain JDBC: `status` needs nothing else from jOOQ, and jOOQ's first query (loading its
        // rendering and binding machinery) was half a second of it (docs/PERFORMANCE.md).
        return dsl.connectionResult(DatabaseSummary::read);
    }

    /** As {@link #read(DSLContext)}, on a connection of its own: {@code status} never starts jOOQ at all. */
    public static DatabaseSummary read(Database database) {
        try (Connection connection = database.connection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot count what the data folder holds", e);
        }
    }

    private static DatabaseSummary read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // The last applied migration, by Flyway's own order: version strings do not sort as text.
            String version;
            try (ResultSet row = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROW ONLY")) {
                version = row.next() ? row.getString(1) : null;
            }
            return new DatabaseSummary(
                    version == null ? "0" : version,
                    count(statement, "SELECT COUNT(*) FROM charter"),
                    count(statement, "SELECT COUNT(*) FROM school"),
                    count(statement, "SELECT COUNT(DISTINCT review_id) FROM review"),
                    count(statement, "SELECT COUNT(*) FROM evidence_blob"));
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
