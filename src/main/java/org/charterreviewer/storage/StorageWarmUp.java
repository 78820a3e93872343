package org.charterreviewer.storage;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the storage layer on a spare core while the passphrase window waits for the officer: H2's
 * opening on a throwaway in-memory database ({@link H2WarmUp}), and jOOQ querying that database
 * ({@link JooqWarmUp}). Neither needs the passphrase, touches the data folder or holds its lock.
 * Once per process: a second passphrase window (a wrong passphrase, a restore) finds them warm.
 */
public final class StorageWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(StorageWarmUp.class);

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StorageWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; false (and nothing started) when it was started before. */
    public static boolean startOnce() {
        if (!STARTED.compareAndSet(false, true)) {
            return false;
        }
        Thread thread = new Thread(() -> H2WarmUp.run(H2WarmUp.newLocation(), JooqWarmUp::query), "storage-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return true;
    }

    /**
     * Initialises jOOQ's generated schema classes by rendering a query, on the caller's thread, with
     * no database: the main window's services need them, and a passphrase given at once (pasted) had
     * them initialised on the FX thread (0.3-0.9 s) while H2's warm-up still ran (docs/PERFORMANCE.md,
     * eighth pass). Never fails.
     */
    public static void renderQueries() {
        try {
            JooqWarmUp.render();
        } catch (RuntimeException e) {
            LOG.debug("jOOQ's warm-up stopped ({})", e.getClass().getSimpleName());
        }
    }
}
