package org.charterreviewer.storage;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.store.fs.FileUtils;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs H2's opening on a throwaway database while the officer types the passphrase, so that the
 * real opening finds H2's engine, its encrypted-file code and the opening's first statements loaded
 * and compiled: in a fresh JVM, most of H2's 0.6-0.7 s opening is that (docs/PERFORMANCE.md, issue
 * #15, seventh pass). The database is encrypted (CIPHER=AES, the real URL's options) with a random
 * password and lives in H2's in-memory file system: nothing is written to disk, nothing of the data
 * folder is read or locked, and its in-memory files are deleted at the end.
 */
final class H2WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(H2WarmUp.class);

    /** Where the throwaway databases live, each in a folder of its own under this name. */
    static final String LOCATION_PREFIX = "memFS:charter-reviewer-warm-up-";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The throwaway database's table of rows (ID, NAME). */
    static final String TABLE = "WARM_UP";

    /** How often the throwaway database is reopened, unless the real opening starts first. */
    static final int OPENINGS = 5;

    private static volatile boolean realOpeningStarted;

    private H2WarmUp() {
    }

    /** Never fails: a warm-up that cannot run only leaves the real opening as slow as before. */
    static void run() {
        run(newLocation(), connection -> { });
    }

    /** A folder of H2's in-memory file system that no other warm-up uses. */
    static String newLocation() {
        return LOCATION_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    /**
     * Creates the throwaway database in {@code folder}, then does what the real opening does on a
     * current file: the read-only row check, the pool's first connection, the schema check (up to
     * {@link #OPENINGS} times). {@code whileOpen} gets the first reopening's connection (jOOQ's
     * warm-up queries it; tests open a real folder meanwhile).
     */
    static void run(String folder, Consumer<Connection> whileOpen) {
        String url = H2FileDatabase.jdbcUrl(folder + "/warm-up", true);
        String password = randomHex() + " " + randomHex();
        long start = System.nanoTime();
        int openings = 0;
        try {
            create(url, password);
            // Once loads the classes; a few more get the opening's code compiled, while the officer
            // types. Not once the real opening runs: then they would only take its core.
            do {
                reopen(url, password, openings == 0 ? whileOpen : connection -> { });
                openings++;
            } while (openings < OPENINGS && !realOpeningStarted);
            LOG.debug("H2 warmed up in {} ms ({} openings)", (System.nanoTime() - start) / 1_000_000, openings);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("H2's warm-up stopped ({})", e.getClass().getSimpleName());
        } finally {
            FileUtils.deleteRecursive(folder, true);
        }
    }

    /** What the real opening does with a file closed cleanly: the read-only row check, then the pool. */
    private static void reopen(String url, String password, Consumer<Connection> whileOpen) throws SQLException {
        try (Connection readOnly = H2FileDatabase.openReadOnly(url, password)) {
            DatabaseCheck.rowCounts(readOnly);
        }
        JdbcConnectionPool pool = H2FileDatabase.newPool(url, password);
        try (Connection connection = pool.getConnection()) {
            SchemaCheck.isCurrent(connection, SQLDialect.H2);
            whileOpen.accept(connection);
        } finally {
            pool.dispose();
        }
    }

    /** Called as a real database starts opening: the warm-up then stops after its current step. */
    static void realOpeningStarts() {
        realOpeningStarted = true;
    }

    /**
     * A new file with a schema history at the newest bundled version and a table with rows. Not the
     * real schema: running the bundled scripts here took 2-3 s of CPU (measured), more than the
     * officer's typing leaves; Flyway is not loaded either, as the real opening skips it on a
     * current file.
     */
    private static void create(String url, String password) throws SQLException {
        JdbcConnectionPool pool = H2FileDatabase.newPool(url, password);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY,"
                    + " \"version\" VARCHAR(50), \"success\" BOOLEAN NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO \"flyway_schema_history\" VALUES (1, ?, TRUE)")) {
                insert.setString(1, SchemaCheck.newestBundledVersion(SQLDialect.H2).orElse("1"));
                insert.executeUpdate();
            }
            statement.execute("CREATE TABLE " + TABLE + " (ID BIGINT PRIMARY KEY, NAME VARCHAR(200))");
            statement.execute("INSERT INTO " + TABLE + " SELECT X, 'row ' || X FROM SYSTEM_RANGE(1, 100)");
        } finally {
            pool.dispose();
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
