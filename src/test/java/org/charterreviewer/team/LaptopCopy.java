package org.charterreviewer.team;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every row of the app's own tables from a laptop's H2 database into a PostgreSQL database
 * at the same schema, so the stores' lists can be timed on both over the same data (what the
 * laptop's real sync wrote). Foreign keys are not checked while copying (session_replication_role),
 * so the table order does not matter; identity values are kept.
 */
final class LaptopCopy {

    private static final int BATCH = 2000;

    private LaptopCopy() {
    }

    static void copy(Connection h2, Connection postgres) throws SQLException {
        Map<String, List<String>> tables = tables(postgres);
        postgres.setAutoCommit(false);
        try (Statement s = postgres.createStatement()) {
            s.execute("set session_replication_role = replica");
        }
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            String columns = String.join(", ", table.getValue());
            String insert = "insert into " + table.getKey() + " (" + columns + ") overriding system value values ("
                    + "?, ".repeat(table.getValue().size() - 1) + "?)";
            try (Statement read = h2.createStatement();
                    ResultSet rows = read.executeQuery("select " + columns + " from " + table.getKey());
                    PreparedStatement write = postgres.prepareStatement(insert)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 1; i <= table.getValue().size(); i++) {
                        write.setObject(i, plain(rows.getObject(i)));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                write.executeBatch();
            }
        }
        postgres.commit();
        try (Statement s = postgres.createStatement()) {
            s.execute("set session_replication_role = origin");
            s.execute("analyze");
        }
        postgres.setAutoCommit(true);
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    /** The app's tables on the server (not Flyway's history, not the council's), with their writable columns. */
    private static Map<String, List<String>> tables(Connection postgres) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = postgres.createStatement(); ResultSet rs = s.executeQuery(
                "select c.table_name, c.column_name from information_schema.columns c join information_schema.tables t "
                        + "on t.table_schema = c.table_schema and t.table_name = c.table_name "
                        + "where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER' "
                        + "and c.table_name not like 'council%' and c.table_name <> 'flyway_schema_history' "
                        + "order by c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }
}
