package org.charterreviewer.school;

import org.charterreviewer.school.store.SchoolStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.school.GiasReader.Row;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the DfE "Get Information about Schools" establishment file ({@code edubasealldata*.csv},
 * read by {@link GiasReader}). Rows are upserted by URN in one transaction, so a cancelled or
 * failed import leaves the register as it was; reviews are never touched; only new and changed
 * schools are written. The file is parsed on a second thread while this one loads the register
 * and writes, so on two cores reading costs almost nothing.
 */
public final class GiasImporter {

    private static final Logger LOG = LoggerFactory.getLogger(GiasImporter.class);

    /** Rows handed from the reading thread to the writing one at a time. */
    private static final int CHUNK = 500;
    /** Rows written per JDBC batch. */
    private static final int BATCH = 2_000;
    private static final long PROGRESS_UNITS = 1_000;
    /** The last tenth of the bar is the commit. */
    private static final double WRITTEN_SHARE = 0.9;

    private final Transactions transactions;
    private final SchoolStore store;
    private final AuditLogStore auditLog;
    private final Clock clock;
    private final Supplier<String> actor;

    public GiasImporter(Transactions transactions, SchoolStore store, AuditLogStore auditLog, Clock clock,
            Supplier<String> actor) {
        this.transactions = transactions;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Reads {@code file} and upserts its rows. Throws {@link org.charterreviewer.InvalidInputException}
     * (nothing changed) when the file cannot be read or is not a GIAS file, and
     * {@link CancelledException} (rolled back) when the monitor is cancelled.
     */
    public GiasImportResult importFile(Path file, GiasImportOptions options, ProgressMonitor monitor) {
        long started = System.nanoTime();
        monitor.message(Messages.tr("school.import.reading"));
        try (GiasReader reader = GiasReader.open(file, options)) {
            monitor.checkCancelled();
            monitor.message(Messages.tr("school.import.saving"));
            RowFeed feed = new RowFeed(reader);
            Timings timings = new Timings();
            try {
                feed.start();
                GiasImportResult result = transactions.write(tx -> {
                    GiasImportResult saved = save(tx, reader, feed, monitor, timings);
                    timings.commitStarted = System.nanoTime();
                    return saved;
                });
                long done = System.nanoTime();
                monitor.progress(PROGRESS_UNITS, PROGRESS_UNITS);
                LOG.info("GIAS import: {} added, {} updated, {} unchanged, {} filtered out, {} problems in {} ms "
                        + "(register loaded {} ms, rows waited for {} ms, written {} ms, commit {} ms)",
                        result.added(), result.updated(), result.unchanged(), result.skippedByFilter(),
                        result.problems().size(), millis(started, done), millis(0, timings.loading),
                        millis(0, timings.waiting), millis(0, timings.writing), millis(timings.commitStarted, done));
                return result;
            } finally {
                feed.stop();
            }
        }
    }

    /** Where the time of one import went, for the log (and docs/PERFORMANCE.md). */
    private static final class Timings {
        long loading;
        long waiting;
        long writing;
        long commitStarted;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private GiasImportResult save(Tx tx, GiasReader reader, RowFeed feed, ProgressMonitor monitor,
            Timings timings) {
        OffsetDateTime now = Instant.now(clock).atOffset(ZoneOffset.UTC);
        long t0 = System.nanoTime();
        Map<String, School> existing = store.allWithUrn(tx);
        timings.loading = System.nanoTime() - t0;
        Set<SchoolField> present = reader.present();
        List<SchoolDraft> inserts = new ArrayList<>();
        Map<Long, SchoolDraft> updates = new LinkedHashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        while (true) {
            t0 = System.nanoTime();
            List<Row> chunk = feed.take(monitor);
            timings.waiting += System.nanoTime() - t0;
            if (chunk == null) {
                break;
            }
            t0 = System.nanoTime();
            for (Row row : chunk) {
                School old = existing.get(row.draft().urn());
                if (old == null) {
                    inserts.add(row.draft());
                    continue;
                }
                SchoolDraft before = old.toDraft();
                SchoolDraft merged = keepMissingFields(row.draft(), before, present);
                if (merged.equals(before)) {
                    unchanged++;
                } else {
                    updates.put(old.id(), merged);
                }
            }
            if (inserts.size() >= BATCH) {
                added += writeInserts(tx, inserts, now);
            }
            if (updates.size() >= BATCH) {
                updated += writeUpdates(tx, updates, now);
            }
            timings.writing += System.nanoTime() - t0;
            monitor.checkCancelled();
            monitor.progress((long) (reader.fractionRead() * WRITTEN_SHARE * PROGRESS_UNITS), PROGRESS_UNITS);
        }
        t0 = System.nanoTime();
        added += writeInserts(tx, inserts, now);
        updated += writeUpdates(tx, updates, now);
        timings.writing += System.nanoTime() - t0;
        monitor.checkCancelled();
        monitor.progress((long) (WRITTEN_SHARE * PROGRESS_UNITS), PROGRESS_UNITS);
        GiasImportResult result = new GiasImportResult(added, updated, unchanged, reader.skippedOtherAuthority(),
                reader.skippedNotOpen(), reader.problems(), reader.missingColumns(), reader.encoding());
        auditLog.append(tx, actor.get(), "SCHOOLS_IMPORTED", "school", "gias",
                "added=" + result.added() + " updated=" + result.updated() + " unchanged=" + result.unchanged()
                        + " filtered=" + result.skippedByFilter() + " problems=" + result.problems().size());
        return result;
    }

    private int writeInserts(Tx tx, List<SchoolDraft> inserts, OffsetDateTime now) {
        int count = inserts.size();
        store.insertAll(tx, inserts, now);
        inserts.clear();
        return count;
    }

    private int writeUpdates(Tx tx, Map<Long, SchoolDraft> updates, OffsetDateTime now) {
        int count = updates.size();
        store.updateAll(tx, updates, now);
        updates.clear();
        return count;
    }

    /** Fields whose column the file lacks keep the register's value. */
    private static SchoolDraft keepMissingFields(SchoolDraft imported, SchoolDraft old, Set<SchoolField> present) {
        if (present.size() == SchoolField.values().length) {
            return imported;
        }
        Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
        for (SchoolField field : SchoolField.values()) {
            values.put(field, present.contains(field) ? imported.get(field) : old.get(field));
        }
        return SchoolDraft.of(values);
    }

    /**
     * The reading thread: pulls rows from the reader and hands them over in chunks through a
     * bounded queue. Only this class's writing thread touches the database.
     */
    private static final class RowFeed implements Runnable {

        private static final int QUEUED_CHUNKS = 64;
        private static final long POLL_MILLIS = 100;

        private final GiasReader reader;
        private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        /** Put last, whether the file ended or reading failed; compared by identity. */
        private final List<Row> end = new ArrayList<>(0);
        private final Thread thread;
        private volatile RuntimeException failure;
        private volatile boolean stopped;

        RowFeed(GiasReader reader) {
            this.reader = reader;
            this.thread = new Thread(this, "gias-reader");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            try {
                List<Row> chunk = new ArrayList<>(CHUNK);
                for (Row row = reader.next(); row != null && !stopped; row = reader.next()) {
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        queue.put(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    queue.put(chunk);
                }
            } catch (InterruptedException e) {
                return; // stopped: nobody is waiting for more
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                queue.put(end);
            } catch (InterruptedException e) {
                // Stopped while handing over the end: nobody is waiting for it.
            }
        }

        /**
         * The next chunk, or null when the file has been read. Rethrows what stopped the reader
         * (a malformed file); throws {@link CancelledException} when cancelled while waiting.
         */
        List<Row> take(ProgressMonitor monitor) {
            try {
                while (true) {
                    List<Row> chunk = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (chunk == end) {
                        if (failure != null) {
                            throw failure;
                        }
                        return null;
                    }
                    if (chunk != null) {
                        return chunk;
                    }
                    if (!thread.isAlive() && queue.isEmpty()) {
                        // The reader died without handing over the end (an Error): never wait forever.
                        throw failure != null ? failure : new IllegalStateException("The GIAS reader stopped");
                    }
                    monitor.checkCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }

        /** Ends the reading thread (if still running) and waits for it, so the reader can be closed. */
        void stop() {
            stopped = true;
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
