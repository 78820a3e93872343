package org.charterreviewer.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterreviewer.team.store.CouncilDatabase;

/**
 * A council database for one test: a fresh PostgreSQL database on the test JVM's server, prepared
 * with the council schema the way council IT prepares one ({@code team prepare-server}).
 */
final class CouncilTestServer implements AutoCloseable {

    static final String USER = "postgres";
    /** The test server trusts local logins; the app still insists on a password, so there is one. */
    static final String PASSWORD = "council-test-password";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String name;

    private CouncilTestServer(String name) {
        this.name = name;
    }

    /** A new, empty and prepared council database. */
    static CouncilTestServer prepared() {
        CouncilTestServer server = empty();
        CouncilDatabase.prepare(server.login());
        return server;
    }

    /** A new database without the council schema. */
    static CouncilTestServer empty() {
        String name = "council_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute(adminUrl(), "CREATE DATABASE " + name);
        return new CouncilTestServer(name);
    }

    String url() {
        return TestPostgres.jdbcUrl(name);
    }

    CouncilLogin login() {
        return new CouncilLogin(url(), USER, PASSWORD.toCharArray());
    }

    /** Runs SQL on the council database as its owner, as council IT would in psql. */
    void sql(String sql) {
        execute(url(), sql);
    }

    /** A single number from the council database, e.g. a count. */
    long number(String sql) {
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String adminUrl() {
        return TestPostgres.jdbcUrl("postgres");
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        execute(adminUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
