package org.charterreviewer.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.charterreviewer.storage.Migrations;
import org.jooq.SQLDialect;

/**
 * The one PostgreSQL server of a test JVM, started in-process from zonky's binaries the first time a
 * test asks for it and stopped when the JVM exits. Each test gets a database of its own, copied from
 * a template the app's own Flyway code migrated once, so a fresh database costs a file copy, not a
 * migration.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final String TEMPLATE = "charter_template";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** The running server, started on first use. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setPgBinaryResolver(new RootSafePostgresBinaries())
                        // C collation sorts by code point, as H2 does; the tests compare orders on both.
                        .setLocaleConfig("locale", "C")
                        // Durability is not under test here: the server lives as long as the JVM.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                createTemplate(started);
                server = started;
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    private static void createTemplate(EmbeddedPostgres started) {
        execute(started.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
        // Flyway's data source makes plain connections and closes them: none may stay open, or
        // PostgreSQL refuses to copy the template.
        Migrations.migrate(started.getDatabase(USER, TEMPLATE), SQLDialect.POSTGRES);
    }

    /** A new database, migrated to the current schema (or empty); returns its name. */
    static String newDatabase(boolean migrated) {
        EmbeddedPostgres running = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute(running.getPostgresDatabase(), "CREATE DATABASE " + name + (migrated ? " TEMPLATE " + TEMPLATE : ""));
        return name;
    }

    /** Drops {@code name}, ending any connection a test left open to it. */
    static void dropDatabase(String name) {
        execute(server().getPostgresDatabase(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static String jdbcUrl(String database) {
        return server().getJdbcUrl(USER, database);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; zonky's own hook removes what is left.
        }
    }
}
