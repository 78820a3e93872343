package org.charterreviewer.ui.review;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review screen's writer: one thread that runs every change in the order it was made, so a
 * judgement typed after a note is never stored before it. Debounced writes wait a moment (while
 * the officer is still typing) and then run in the same order as everything else. Results go
 * back to the FX thread through {@code fx}. Tests use {@link #immediate()}, which runs inline.
 */
public abstract class AutosaveQueue {

    private static final Logger LOG = LoggerFactory.getLogger(AutosaveQueue.class);

    /** Runs {@code write} after everything queued before it, off the FX thread. */
    public abstract void submit(Runnable write);

    /** Runs {@code write} after {@code delayMillis}, in order with other writes. */
    public abstract void submitAfter(long delayMillis, Runnable write);

    /** Runs {@code update} on the FX thread (or inline in tests). */
    public abstract void onFx(Runnable update);

    /** Lets queued writes finish, then stops; waits at most {@code millis} (0: do not wait). */
    public abstract void close(long millis);

    /** A single background thread; callbacks go to {@code fx} (Platform::runLater in the app). */
    public static AutosaveQueue background(Executor fx) {
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "review-autosave");
            // Not a daemon: the JVM waits for the last queued write before it exits.
            thread.setDaemon(false);
            return thread;
        });
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
        return new AutosaveQueue() {
            @Override
            public void submit(Runnable write) {
                submitAfter(0, write);
            }

            @Override
            public void submitAfter(long delayMillis, Runnable write) {
                if (writer.isShutdown()) {
                    LOG.warn("A review change arrived after the screen closed; it was not written");
                    return;
                }
                writer.schedule(guarded(write), delayMillis, TimeUnit.MILLISECONDS);
            }

            @Override
            public void onFx(Runnable update) {
                fx.execute(update);
            }

            @Override
            public void close(long millis) {
                writer.shutdown();
                if (millis <= 0) {
                    return;
                }
                try {
                    writer.awaitTermination(millis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** Runs everything at once on the calling thread, for tests of the view model. */
    public static AutosaveQueue immediate() {
        return new AutosaveQueue() {
            @Override
            public void submit(Runnable write) {
                guarded(write).run();
            }

            @Override
            public void submitAfter(long delayMillis, Runnable write) {
                guarded(write).run();
            }

            @Override
            public void onFx(Runnable update) {
                update.run();
            }

            @Override
            public void close(long millis) {
            }
        };
    }

    private static Runnable guarded(Runnable write) {
        return () -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                // Writes report their own failures; this only keeps the thread alive.
                LOG.error("Unexpected failure in the review writer", e);
            }
        };
    }
}
