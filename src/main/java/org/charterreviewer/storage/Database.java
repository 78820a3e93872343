package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.charterreviewer.i18n.Messages;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one H2 file of a data folder: opened, migrated to the current schema by the bundled Flyway
 * scripts, and handed out as a jOOQ {@link DSLContext}. Every statement commits and is flushed at
 * once (WRITE_DELAY=0), so killing the process loses nothing that was already written.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** H2's error codes that have a plain meaning for the user. */
    static final int ERROR_FILE_IN_USE = 90020;
    static final int ERROR_ENCRYPTION = 90049;
    static final int ERROR_FILE_CORRUPTED = 90030;
    static final int ERROR_WRONG_USER_OR_PASSWORD = 28000;

    private static final String USER = "charter";

    private final JdbcConnectionPool pool;
    private final Connection keepOpen;
    private final DSLContext dsl;

    private Database(JdbcConnectionPool pool, Connection keepOpen) {
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings()
                .withReturnAllOnUpdatableRecord(true)
                .withExecuteLogging(false));
    }

    /**
     * Opens (creating if needed) and migrates the database of {@code folder}. With a passphrase the
     * file is AES-encrypted and cannot be read without it.
     */
    public static Database open(DataFolder folder, Optional<char[]> passphrase) {
        folder.create();
        String url = jdbcUrl(folder, passphrase.isPresent());
        char[] password = h2Password(passphrase);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, new String(password));
        Arrays.fill(password, '\0');
        pool.setMaxConnections(8);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
            LOG.info("Database ready at schema version {} ({} migrations applied)",
                    result.targetSchemaVersion, result.migrationsExecuted);
            return new Database(pool, keepOpen);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(keepOpen);
            pool.dispose();
            throw translate(e, folder);
        }
    }

    /** The JDBC URL of {@code folder}'s file; the protection code opens copies of it the same way. */
    public static String jdbcUrl(DataFolder folder, boolean encrypted) {
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, in order, from the shutdown path.
        // TRACE_LEVEL_FILE=0: H2's trace file can hold SQL with personal data in it.
        return "jdbc:h2:file:" + folder.databaseBasePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2 takes "filePassword userPassword"; both come from the passphrase when encrypted. */
    private static char[] h2Password(Optional<char[]> passphrase) {
        if (passphrase.isEmpty()) {
            return new char[0];
        }
        char[] secret = passphrase.get();
        char[] combined = new char[secret.length * 2 + 1];
        System.arraycopy(secret, 0, combined, 0, secret.length);
        combined[secret.length] = ' ';
        System.arraycopy(secret, 0, combined, secret.length + 1, secret.length);
        return combined;
    }

    /** Turns H2's errors on opening into exceptions that carry a plain message. */
    static RuntimeException translate(Exception e, DataFolder folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ERROR_FILE_IN_USE:
                        return new DataFolderInUseException(folder);
                    case ERROR_ENCRYPTION:
                    case ERROR_WRONG_USER_OR_PASSWORD:
                        return new WrongPassphraseException();
                    case ERROR_FILE_CORRUPTED:
                        return new StorageException(
                                Messages.tr("storage.unreadable", folder.databaseFile()), e);
                    default:
                        break;
                }
            }
        }
        return new StorageException(
                Messages.tr("storage.cannotOpen", folder.databaseFile()), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the original error is the one to report.
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** A plain JDBC connection from the pool, for streaming BLOBs; the caller closes it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Closing the last connection closes the database file cleanly. */
    @Override
    public void close() {
        closeQuietly(keepOpen);
        pool.dispose();
    }
}
