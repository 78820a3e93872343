package org.charterreviewer.storage;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms the storage layer on a spare core while the passphrase window waits for the officer: H2's
 * opening on a throwaway in-memory database ({@link H2WarmUp}), and jOOQ querying that database
 * ({@link JooqWarmUp}). Neither needs the passphrase, touches the data folder or holds its lock.
 * Once per process: a second passphrase window (a wrong passphrase, a restore) finds them warm.
 */
public final class StorageWarmUp {

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
}
