package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.charterreviewer.i18n.Messages;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one H2 file of a data folder behind {@link Database}: opened, migrated to the current schema
 * by the bundled Flyway scripts, compacted and closed. Every statement commits and is flushed at
 * once (WRITE_DELAY=0), so killing the process loses nothing that was already written.
 */
final class H2FileDatabase implements DatabaseEngine {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileDatabase.class);

    private static final String USER = "charter";
    /** Written before a compaction and removed after it: one left behind means it must be finished. */
    static final String COMPACTION_MARKER = "charter-reviewer.compacting";
    /** Room kept free beyond the estimate of the live data, for H2's own headers and the reopening. */
    static final long COMPACTION_MARGIN = 1024 * 1024;

    private final DataFolder folder;
    private final String url;
    private final String password;
    private final FreeSpace freeSpace;
    /** The file key, for the check record written after a compaction reopens the file; null when plain. */
    private final char[] checkKey;
    /** Readers take connections under the read lock; {@link #compact()} swaps the pool under the write lock. */
    private final ReentrantReadWriteLock poolLock = new ReentrantReadWriteLock();
    private JdbcConnectionPool pool;
    private Connection keepOpen;

    private H2FileDatabase(DataFolder folder, String url, String password, JdbcConnectionPool pool, Connection keepOpen,
            FreeSpace freeSpace, char[] checkKey) {
        this.folder = folder;
        this.checkKey = checkKey;
        this.url = url;
        this.password = password;
        this.freeSpace = freeSpace;
        this.pool = pool;
        this.keepOpen = keepOpen;
    }

    /** See {@link Database#open(DataFolder, Optional, FreeSpace)}. */
    static H2FileDatabase open(DataFolder folder, Optional<char[]> passphrase, FreeSpace freeSpace) {
        H2WarmUp.realOpeningStarts();
        folder.create();
        DatabaseCheck.requireIntact(folder);
        String url = jdbcUrl(folder, passphrase.isPresent());
        char[] combined = h2Password(passphrase);
        String password = new String(combined);
        Arrays.fill(combined, '\0');
        long start = System.nanoTime();
        requireSameRows(folder, url, password, passphrase.orElse(null));
        long checked = System.nanoTime();
        JdbcConnectionPool pool = newPool(url, password);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            long connected = System.nanoTime();
            if (SchemaCheck.isCurrent(keepOpen, SQLDialect.H2)) {
                // Already at the newest bundled migration: Flyway would find nothing to do.
                LOG.info("Database ready, schema already current");
            } else {
                Migrations.migrate(pool, SQLDialect.H2);
            }
            long current = System.nanoTime();
            DatabaseCheck.record(folder, passphrase.orElse(null));
            OwnerOnlyFiles.restrict(folder.databaseFile());
            // The opening's steps, for docs/PERFORMANCE.md's unlock passes (debug level: not in the log by default).
            LOG.debug("Opening: row check {} ms, first pooled connection {} ms, schema {} ms, check recorded {} ms",
                    (checked - start) / 1_000_000, (connected - checked) / 1_000_000,
                    (current - connected) / 1_000_000, (System.nanoTime() - current) / 1_000_000);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(keepOpen);
            pool.dispose();
            throw H2Failures.translate(e, folder, passphrase.orElse(null));
        }
        H2FileDatabase database = new H2FileDatabase(folder, url, password, pool, keepOpen, freeSpace,
                passphrase.map(char[]::clone).orElse(null));
        if (Files.exists(compactionMarker(folder))) {
            LOG.info("Finishing a compaction that was cut short, so deleted data leaves the file");
            try {
                database.compact();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
        return database;
    }

    /**
     * Compares the rows with those counted at the last clean close, opening the file read-only so
     * that H2 writes nothing to a damaged file (closing it after writing would shrink it further).
     */
    private static void requireSameRows(DataFolder folder, String url, String password, char[] key) {
        if (!DatabaseCheck.hasRowsToCompare(folder)) {
            return;
        }
        try (Connection readOnly = openReadOnly(url, password)) {
            DatabaseCheck.requireSameRows(folder, readOnly);
        } catch (SQLException e) {
            RuntimeException translated = H2Failures.translate(e, folder, key);
            if (translated instanceof WrongPassphraseException || translated instanceof DatabaseDamagedException) {
                throw translated;
            }
            // The folder's lock keeps every other copy out, and a cleanly closed file opens read-only
            // without H2 wanting to write (repair) it or calling it in use: any failure here is damage.
            throw DatabaseCheck.damaged(folder, Messages.tr("storage.damaged.unreadable"));
        }
    }

    /** Opened so that H2 writes nothing; an existing file only. */
    static Connection openReadOnly(String url, String password) throws SQLException {
        return DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE", USER, password);
    }

    static Path compactionMarker(DataFolder folder) {
        return folder.root().resolve(COMPACTION_MARKER);
    }

    static JdbcConnectionPool newPool(String url, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
        pool.setMaxConnections(8);
        return pool;
    }

    /** The JDBC URL of {@code folder}'s file; the protection code opens copies of it the same way. */
    static String jdbcUrl(DataFolder folder, boolean encrypted) {
        return jdbcUrl("file:" + folder.databaseBasePath(), encrypted);
    }

    /** The same URL for the database at {@code location} ("file:" or H2's in-memory "memFS:", then its name). */
    static String jdbcUrl(String location, boolean encrypted) {
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, in order, from the shutdown path.
        // TRACE_LEVEL_FILE=0: H2's trace file can hold SQL with personal data in it.
        // CACHE_SIZE (KB, an upper bound filled only as pages are read): H2's 16 MB default is
        // smaller than a register of 50,000 schools, so a GIAS import read (and decrypted) evicted
        // pages back again and again. It is kept to an eighth of the heap so that a small heap
        // still holds large evidence streams (BundleBenchmark runs with 256 MB). PAGE_SIZE (bytes, where H2 splits a tree page): H2 copies a
        // page on every change in a transaction, and 4 KB pages made committing a 50,000-row
        // import several times quicker than its 16 KB default. Neither changes what is durable.
        // QUERY_CACHE_SIZE (parsed statements kept per connection, by their SQL): a review is written
        // with a dozen different statements, more than H2's default of 8, so importing reviews one
        // after another (a team sync's pull) parsed every statement again each time.
        // Measured: docs/PERFORMANCE.md.
        return "jdbc:h2:" + location
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + cacheKilobytes()
                + ";PAGE_SIZE=4096;QUERY_CACHE_SIZE=64"
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

    @Override
    public SQLDialect dialect() {
        return SQLDialect.H2;
    }

    @Override
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
     * Refuses at once, changing nothing, when the disk has too little space for the rewrite; a marker
     * file lives from before the rewrite until after it, so a crash in between is finished at the
     * next opening.
     */
    @Override
    public void compact() {
        poolLock.writeLock().lock();
        try {
            requireSpaceToCompact();
            long before = sizeOfFile();
            try {
                Files.write(compactionMarker(folder), new byte[0]);
                OwnerOnlyFiles.restrict(compactionMarker(folder));
            } catch (IOException e) {
                throw failedCompaction(e);
            }
            // The rewritten file has a new first block; the next check is recorded after the reopening.
            DatabaseCheck.forget(folder);
            CrashPoints.reached(CrashPoints.BEFORE_COMPACTION);
            watchForCrashMidCompaction();
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw failedCompaction(e);
            } finally {
                closeQuietly(keepOpen);
                pool.dispose();
            }
            CrashPoints.reached(CrashPoints.MID_COMPACTION);
            pool = newPool(url, password);
            try {
                keepOpen = pool.getConnection();
            } catch (SQLException e) {
                throw H2Failures.translate(e, folder, null);
            }
            DatabaseCheck.record(folder, checkKey);
            OwnerOnlyFiles.restrict(folder.databaseFile());
            try {
                Files.deleteIfExists(compactionMarker(folder));
            } catch (IOException e) {
                // Harmless: the next opening compacts once more.
                LOG.warn("Cannot remove the compaction marker ({})", FailureKind.of(e).description());
            }
            LOG.info("Database compacted ({} bytes before, {} after)", before, sizeOfFile());
        } finally {
            poolLock.writeLock().unlock();
        }
    }

    /**
     * Refuses, with a message naming the folder and the space needed, when the disk cannot hold the
     * rewritten file beside the current one. H2 writes the compacted copy first and only then
     * replaces the file; on a full disk it gives up quietly and leaves the deleted bytes in place.
     */
    @Override
    public void requireSpaceToCompact() {
        long needed = liveBytes() + COMPACTION_MARGIN;
        long free;
        try {
            free = freeSpace.usableBytes(folder.root());
        } catch (IOException e) {
            throw failedCompaction(e);
        }
        if (free < needed) {
            LOG.warn("Compaction refused: {} bytes needed, {} free", needed, free);
            throw new NotEnoughSpaceException("storage.noSpaceToCompact", folder, needed, free);
        }
    }

    /** About how much of the file is live data: its size times H2's fill rate of its chunks. */
    long liveBytes() {
        long size = Math.max(0, sizeOfFile());
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            if (rs.next()) {
                int percent = Integer.parseInt(rs.getString(1).strip());
                return size * Math.max(1, Math.min(100, percent)) / 100;
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("Cannot read the database's fill rate; assuming all of the file is live");
        }
        return size;
    }

    private StorageException failedCompaction(Exception e) {
        FailureKind kind = FailureKind.of(e);
        LOG.error("Compaction failed ({})", kind.description());
        if (kind == FailureKind.NO_SPACE) {
            return new StorageException(Messages.tr("storage.noSpace", folder.root()), e);
        }
        return new StorageException(Messages.tr("storage.cannotCompact"), e);
    }

    /** Test-only: halts while H2 writes its compacted copy, as a kill during compaction would. */
    private void watchForCrashMidCompaction() {
        if (!CrashPoints.chosen(CrashPoints.MID_COMPACTION)) {
            return;
        }
        Path temporary = Path.of(folder.databaseFile() + ".tempFile");
        Thread watcher = new Thread(() -> {
            while (true) {
                if (Files.exists(temporary)) {
                    CrashPoints.reached(CrashPoints.MID_COMPACTION);
                }
                Thread.onSpinWait();
            }
        }, "crash-point-watcher");
        watcher.setDaemon(true);
        watcher.start();
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
            // Counted once every other connection is back, so no write can land after the count.
            pool.dispose();
            String rows = rowCountsQuietly();
            closeQuietly(keepOpen);
            DatabaseCheck.recordClosed(folder, rows);
            if (checkKey != null) {
                Arrays.fill(checkKey, '\0');
            }
        } finally {
            poolLock.writeLock().unlock();
        }
    }

    /** The rows of each table for the check record; null if they cannot be counted (then not compared). */
    private String rowCountsQuietly() {
        try {
            return DatabaseCheck.rowCounts(keepOpen);
        } catch (SQLException e) {
            return null;
        }
    }
}
