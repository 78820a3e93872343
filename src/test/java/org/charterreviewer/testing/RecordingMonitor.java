package org.charterreviewer.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.charterreviewer.progress.ProgressMonitor;

/**
 * The progress monitor of tests: it records what the work reports (the last amount done, the
 * progress calls and their fractions, the messages, how often the work asked whether to stop) and
 * answers "cancelled" once a condition on that record holds. A test then says in one line when it
 * stops the work ({@code cancelWhen(m -> m.lastDone() > 100_000)}) instead of writing the interface
 * out again; the record is safe to read from the test's thread while the work runs on another.
 */
public final class RecordingMonitor implements ProgressMonitor {

    private final AtomicLong lastDone = new AtomicLong();
    private final AtomicInteger progressCalls = new AtomicInteger();
    private final AtomicInteger cancelChecks = new AtomicInteger();
    private final List<Double> fractions = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private volatile Predicate<RecordingMonitor> cancelWhen = monitor -> false;
    private volatile Consumer<RecordingMonitor> onProgress = monitor -> { };

    /** Records everything and never cancels. */
    public static RecordingMonitor recording() {
        return new RecordingMonitor();
    }

    /** Asked whether to stop, it says yes from the first question. */
    public static RecordingMonitor cancelledFromTheStart() {
        return recording().cancelWhen(monitor -> true);
    }

    /** Cancels once {@code condition} holds for the record so far (checked at each question). */
    public RecordingMonitor cancelWhen(Predicate<RecordingMonitor> condition) {
        this.cancelWhen = condition;
        return this;
    }

    /** Runs {@code action} after each progress call is recorded, on the work's thread. */
    public RecordingMonitor onProgress(Consumer<RecordingMonitor> action) {
        this.onProgress = action;
        return this;
    }

    @Override
    public void progress(long done, long total) {
        lastDone.set(done);
        progressCalls.incrementAndGet();
        fractions.add(total == 0 ? 0.0 : (double) done / total);
        onProgress.accept(this);
    }

    @Override
    public void message(String text) {
        messages.add(text);
    }

    @Override
    public boolean isCancelled() {
        cancelChecks.incrementAndGet();
        return cancelWhen.test(this);
    }

    public long lastDone() {
        return lastDone.get();
    }

    public int progressCalls() {
        return progressCalls.get();
    }

    /** How many times the work asked whether to stop, this question included while it is asked. */
    public int cancelChecks() {
        return cancelChecks.get();
    }

    /** Each progress call's done / total, in order. */
    public List<Double> fractions() {
        return fractions;
    }

    public List<String> messages() {
        return messages;
    }

    /** The latest message, or null before the first. */
    public String lastMessage() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }
}
