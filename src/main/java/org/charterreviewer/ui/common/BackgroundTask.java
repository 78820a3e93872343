package org.charterreviewer.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import org.charterreviewer.progress.ProgressMonitor;

/**
 * A piece of slow work (disk, database, hashing, PDF) described without JavaFX, so view models can
 * start it and tests can run it on the calling thread. Callbacks run on the FX thread in the app.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    /** The work itself; it reports through the monitor and stops when the monitor says cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Exception> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private boolean cancellable = true;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Work that must finish once started (a single database write) shows no Cancel button. */
    public BackgroundTask<T> notCancellable() {
        this.cancellable = false;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public void succeeded(T value) {
        onSuccess.accept(value);
    }

    public void failed(Exception error) {
        onFailure.accept(error);
    }

    public void cancelled() {
        onCancelled.run();
    }
}
