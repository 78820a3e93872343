package org.charterreviewer.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.protection.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background tasks as JavaFX {@link Task}s on a small pool of daemon threads. The most
 * recent running task is published for the status bar, which shows its progress and a Cancel
 * button. Shut down on exit so no write is cut off half-way.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ReadOnlyObjectWrapper<RunningTask> current = new ReadOnlyObjectWrapper<>();

    public FxTaskExecutor() {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The task the status bar shows, or null when nothing runs. */
    public ReadOnlyObjectProperty<RunningTask> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public RunningTask getCurrent() {
        return current.get();
    }

    @Override
    public <T> void execute(BackgroundTask<T> background) {
        RunningTask<T> task = new RunningTask<>(background);
        task.setOnSucceeded(event -> {
            clearIfCurrent(task);
            background.succeeded(task.getValue());
        });
        task.setOnCancelled(event -> {
            clearIfCurrent(task);
            background.cancelled();
        });
        task.setOnFailed(event -> {
            clearIfCurrent(task);
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                background.cancelled();
            } else {
                // The title and the message may name a school or a file: the log gets the failure's kind and place only.
                LOG.warn("A background task failed", RedactedFailure.of(error));
                background.failed(error instanceof Exception e ? e : new RuntimeException(error));
            }
        });
        current.set(task);
        pool.execute(task);
    }

    private void clearIfCurrent(RunningTask<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    /** Waits a little for running work to finish, then stops. */
    public void shutdown() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    /** A background task as the status bar sees it: title, progress, message and cancel. */
    public static final class RunningTask<T> extends Task<T> {
        private final BackgroundTask<T> background;

        RunningTask(BackgroundTask<T> background) {
            this.background = background;
            updateTitle(background.title());
        }

        public boolean isCancellable() {
            return background.isCancellable();
        }

        @Override
        protected T call() throws Exception {
            return background.work().run(new ProgressMonitor() {
                @Override
                public void progress(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String text) {
                    updateMessage(text);
                }

                @Override
                public boolean isCancelled() {
                    return RunningTask.this.isCancelled();
                }
            });
        }
    }
}
