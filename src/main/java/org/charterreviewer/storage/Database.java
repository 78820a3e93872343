package org.charterreviewer.storage;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
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

    private final DataFolder folder;
    private final String url;
    private final String password;
    /** Readers take connections under the read lock; {@link #compact()} swaps the pool under the write lock. */
    private final ReentrantReadWriteLock poolLock = new ReentrantReadWriteLock();
    private JdbcConnectionPool pool;
    private Connection keepOpen;
    private final DSLContext dsl;

    private Database(DataFolder folder, String url, String password, JdbcConnectionPool pool, Connection keepOpen) {
        this.folder = folder;
        this.url = url;
        this.password = password;
        this.pool = pool;
        this.keepOpen = keepOpen;
        // The DSL asks this object for connections, so it keeps working after compact() reopens the file.
        this.dsl = DSL.using(new CurrentPool(), SQLDialect.H2, new Settings()
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
        char[] combined = h2Password(passphrase);
        String password = new String(combined);
        Arrays.fill(combined, '\0');
        JdbcConnectionPool pool = newPool(url, password);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            if (SchemaCheck.isCurrent(keepOpen)) {
                // Already at the newest bundled migration: Flyway would find nothing to do.
                LOG.info("Database ready, schema already current");
            } else {
                migrate(pool);
            }
            return new Database(folder, url, password, pool, keepOpen);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(keepOpen);
            pool.dispose();
            throw translate(e, folder);
        }
    }

    private static void migrate(DataSource pool) {
        MigrateResult result = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:" + SchemaCheck.LOCATION)
                .loggers("slf4j")
                .load()
                .migrate();
        LOG.info("Database ready at schema version {} ({} migrations applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    private static JdbcConnectionPool newPool(String url, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(8);
        return pool;
    }

    /** The JDBC URL of {@code folder}'s file; the protection code opens copies of it the same way. */
    public static String jdbcUrl(DataFolder folder, boolean encrypted) {
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, in order, from the shutdown path.
        // TRACE_LEVEL_FILE=0: H2's trace file can hold SQL with personal data in it.
        // CACHE_SIZE (KB, an upper bound filled only as pages are read): H2's 16 MB default is
        // smaller than a register of 50,000 schools, so a GIAS import read (and decrypted) evicted
        // pages back again and again. It is kept to an eighth of the heap so that a small heap
        // still holds large evidence streams (BundleBenchmark runs with 256 MB). PAGE_SIZE (bytes, where H2 splits a tree page): H2 copies a
        // page on every change in a transaction, and 4 KB pages made committing a 50,000-row
        // import several times quicker than its 16 KB default. Neither changes what is durable.
        // Measured: docs/PERFORMANCE.md.
        return "jdbc:h2:file:" + folder.databaseBasePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + cacheKilobytes()
                + ";PAGE_SIZE=4096"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /** 128 MB, or an eighth of the heap when that is less, but never under H2's own 16 MB. */
    static long cacheKilobytes() {
        long eighthOfHeap = Runtime.getRuntime().maxMemory() / 8 / 1024;
        return Math.max(16 * 1024, Math.min(128 * 1024, eighthOfHeap));
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
                        // Usually a wrong passphrase, but H2 reports a damaged encrypted file the same
                        // way; the code tells them apart when someone looks into a report.
                        LOG.warn("The database did not open (H2 error {}); telling the user the passphrase is wrong",
                                sql.getErrorCode());
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
        poolLock.readLock().lock();
        try {
            return pool.getConnection();
        } finally {
            poolLock.readLock().unlock();
        }
    }

    /**
     * Rewrites the database file so that deleted rows are gone from its bytes, not just unreachable.
     * H2 keeps old versions of changed pages in the file until it is rewritten; {@code SHUTDOWN
     * COMPACT} closes the database and writes a fresh file holding only live data (encrypted the same
     * way). The file is then reopened: this object and its {@link #dsl()} stay usable, but any
     * connection taken before is closed. Call it only between transactions, never inside one.
     */
    public void compact() {
        poolLock.writeLock().lock();
        try {
            long before = sizeOfFile();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw new StorageException(Messages.tr("storage.cannotCompact"), e);
            } finally {
                closeQuietly(keepOpen);
                pool.dispose();
            }
            pool = newPool(url, password);
            try {
                keepOpen = pool.getConnection();
            } catch (SQLException e) {
                throw translate(e, folder);
            }
            LOG.info("Database compacted ({} bytes before, {} after)", before, sizeOfFile());
        } finally {
            poolLock.writeLock().unlock();
        }
    }

    private long sizeOfFile() {
        try {
            return Files.size(folder.databaseFile());
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Closing the last connection closes the database file cleanly. */
    @Override
    public void close() {
        poolLock.writeLock().lock();
        try {
            closeQuietly(keepOpen);
            pool.dispose();
        } finally {
            poolLock.writeLock().unlock();
        }
    }

    /** The data source jOOQ uses: always the pool that is open now. */
    private final class CurrentPool implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return connection();
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return connection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Not used: logging goes through SLF4J.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // Not used.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
