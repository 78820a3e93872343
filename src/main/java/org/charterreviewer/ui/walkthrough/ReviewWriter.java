package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * Writes the session's changes through the editor in the order they were made: at most one
 * background task at a time drains the waiting changes one after the other, so a judgement made
 * after a note is never stored before it. Runs on the app's task executor like all other background
 * work; what each write gave is handed back on the FX thread.
 */
final class ReviewWriter {

    /** One change as the session made it, on the revision it was made on. */
    record Write(RevisionRef ref, ReviewChange change) {
    }

    /** What one write gave: the review as stored afterwards, or why it was not stored. */
    record Written(Write write, Review stored, RuntimeException error) {
    }

    private final ReviewEditor editor;
    private final TaskExecutor tasks;
    private final Consumer<List<Written>> results;
    private final Object lock = new Object();
    private final Deque<Write> waiting = new ArrayDeque<>();
    private boolean draining;

    /** @param results gets each batch of writes done, on the FX thread, in the order they were made */
    ReviewWriter(ReviewEditor editor, TaskExecutor tasks, Consumer<List<Written>> results) {
        this.editor = editor;
        this.tasks = tasks;
        this.results = results;
    }

    void submit(RevisionRef ref, ReviewChange change) {
        synchronized (lock) {
            waiting.add(new Write(ref, change));
        }
        drainIfIdle();
    }

    /** True while a change waits or is being written. */
    boolean busy() {
        synchronized (lock) {
            return draining || !waiting.isEmpty();
        }
    }

    /**
     * On the way out (the window closes): waits until every change handed in is written, at most
     * {@code millis}; true if all were. Changes no task has taken yet are written on this thread,
     * as the FX thread that would start the next task is the one waiting here.
     */
    boolean awaitWritten(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        boolean idle;
        synchronized (lock) {
            idle = !draining && !waiting.isEmpty();
            draining |= idle;
        }
        if (idle) {
            drain();
        }
        synchronized (lock) {
            while (draining || !waiting.isEmpty()) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void drainIfIdle() {
        synchronized (lock) {
            if (draining || waiting.isEmpty()) {
                return;
            }
            draining = true;
        }
        tasks.execute(BackgroundTask.of(tr("review.save.task"), monitor -> drain())
                .notCancellable()
                .onSuccess(done -> {
                    results.accept(done);
                    drainIfIdle();
                })
                .onFailure(error -> drainIfIdle()));
    }

    /** Writes until nothing waits; off the FX thread. */
    private List<Written> drain() {
        List<Written> done = new ArrayList<>();
        while (true) {
            Write write;
            synchronized (lock) {
                write = waiting.poll();
                if (write == null) {
                    draining = false;
                    lock.notifyAll();
                    return done;
                }
            }
            try {
                done.add(new Written(write, editor.apply(write.ref(), write.change()), null));
            } catch (RuntimeException e) {
                done.add(new Written(write, null, e));
            }
        }
    }
}
