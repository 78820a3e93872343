package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.ReviewProgress;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.common.TypingPause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open review as the walkthrough holds it: the pinned charter, the review and its progress. A
 * change is checked and applied in memory at once, so every pane shows it before anything is
 * written; the write then goes to the {@link ReviewWriter} in order. Typing waits for a pause
 * (or a flush on leaving the field, the item or the screen). When a write fails, the officer is
 * told in plain words and the session takes the review as stored again.
 */
public final class ReviewSession {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewSession.class);

    /** Where the writing stands, for the small indicator in the header. */
    public enum SaveState { LOADING, SAVED, SAVING, FAILED }

    private final UUID reviewId;
    private final ReviewEditor editor;
    private final Function<Review, Charter> charters;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final TypingPause pause;
    private final Clock clock;
    private final Supplier<String> actor;
    private final ReviewWriter writer;
    /** Typed text not written yet, by field: only the latest change of each field is written. */
    private final Map<String, ReviewChange> typed = new LinkedHashMap<>();
    private boolean failedSinceIdle;
    private boolean closed;
    /** Read once on opening (it may come from a file): who the officer is. */
    private String actorName;

    private final ReadOnlyObjectWrapper<Charter> charter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReviewProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.LOADING);
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(tr("review.save.loading"));

    /**
     * @param charters the charter version a review is pinned to
     * @param actor    the officer's name, as the in-memory change records it (the store records its own)
     */
    public ReviewSession(UUID reviewId, ReviewEditor editor, Function<Review, Charter> charters, TaskExecutor tasks,
            DialogService dialogs, TypingPause pause, Clock clock, Supplier<String> actor) {
        this.reviewId = reviewId;
        this.editor = editor;
        this.charters = charters;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.pause = pause;
        this.clock = clock;
        this.actor = actor;
        this.writer = new ReviewWriter(editor, tasks, this::written);
    }

    /** Reads the review and its charter off the FX thread; {@code opened} runs once they are shown. */
    public void open(Runnable opened) {
        tasks.execute(BackgroundTask.of(tr("review.task.opening"), monitor -> {
            Review latest = editor.latest(reviewId);
            return new Loaded(charters.apply(latest), latest, actor.get());
        }).notCancellable().onSuccess(loaded -> {
            actorName = loaded.actor();
            charter.set(loaded.charter());
            replace(loaded.review());
            saveState.set(SaveState.SAVED);
            saveMessage.set(tr("review.save.upToDate"));
            opened.run();
        }).onFailure(error -> {
            LOG.warn("Cannot open a review", RedactedFailure.of(error));
            saveState.set(SaveState.FAILED);
            saveMessage.set(messageOf(error));
        }));
    }

    private record Loaded(Charter charter, Review review, String actor) {
    }

    /**
     * Checks and applies {@code change} at once, then hands it to the writer after any text still
     * waiting for a pause (so the order of writes is the order of changes). False, with the reason
     * shown, when the rules refuse it.
     */
    public boolean apply(ReviewChange change) {
        if (!applyInMemory(change)) {
            return false;
        }
        saving();
        flush();
        writer.submit(review.get().ref(), change);
        return true;
    }

    /**
     * Hands a change to the writer without applying it in memory first, for a change whose result
     * only the store knows (amending copies the evidence under new ids): the review as stored
     * afterwards is shown once written.
     */
    public void applyWhenStored(ReviewChange change) {
        if (closed || review.get() == null) {
            return;
        }
        saving();
        flush();
        writer.submit(review.get().ref(), change);
    }

    /**
     * Applies a change typed into a text field at once; it is written after a pause in typing,
     * replacing any earlier change of the same {@code field} not written yet.
     */
    public boolean type(String field, ReviewChange change) {
        if (!applyInMemory(change)) {
            return false;
        }
        typed.put(field, change);
        saving();
        pause.restart(this::flush);
        return true;
    }

    /** Writes typed text at once (focus left the field, the item changes, the screen closes). */
    public void flush() {
        pause.stop();
        if (!typed.isEmpty()) {
            saving();
            writeTyped();
        }
    }

    private void writeTyped() {
        if (typed.isEmpty() || review.get() == null) {
            return;
        }
        List<ReviewChange> changes = List.copyOf(typed.values());
        typed.clear();
        for (ReviewChange change : changes) {
            writer.submit(review.get().ref(), change);
        }
    }

    private boolean applyInMemory(ReviewChange change) {
        Review current = review.get();
        if (closed || current == null) {
            return false;
        }
        try {
            Review next = ReviewChanges.apply(charter.get(), current, change, clock.instant(), actorName);
            progress.set(ReviewProgress.of(charter.get(), next));
            review.set(next);
            editable.set(!next.isFinalised());
            return true;
        } catch (InvalidInputException e) {
            saveMessage.set(tr("review.save.refused", e.getMessage()));
            dialogs.showError(tr("review.save.refusedTitle"), e.getMessage());
            return false;
        }
    }

    private void saving() {
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.SAVING);
            saveMessage.set(tr("review.save.saving"));
        }
    }

    private void written(List<ReviewWriter.Written> done) {
        ReviewWriter.Written failure = done.stream().filter(w -> w.error() != null).findFirst().orElse(null);
        if (failure != null) {
            failedSinceIdle = true;
            if (!(failure.error() instanceof InvalidInputException)) {
                LOG.error("A change to a review was not saved", failure.error());
            }
            saveState.set(SaveState.FAILED);
            saveMessage.set(tr("review.save.failed", messageOf(failure.error())));
            dialogs.showError(tr("review.save.failedTitle"), tr("review.save.failedMessage",
                    messageOf(failure.error())));
        }
        if (writer.busy() || !typed.isEmpty() || closed) {
            return;
        }
        if (failedSinceIdle) {
            failedSinceIdle = false;
            resync();
        } else {
            Review stored = done.get(done.size() - 1).stored();
            Review shown = review.get();
            if (stored != null && !stored.ref().equals(shown.ref())) {
                // A new revision (amended): take it as stored, with its own values in every field.
                replace(stored);
            } else if (stored != null && !stored.equals(shown)) {
                // What the store keeps (the finaliser, times, tidied text) without disturbing a field.
                adopt(stored);
            }
            saveState.set(SaveState.SAVED);
            saveMessage.set(tr("review.save.saved"));
        }
    }

    /** Takes the review as the editor holds it now; the panes show it afresh. */
    public void resync() {
        tasks.execute(BackgroundTask.of(tr("review.task.opening"), monitor -> editor.latest(reviewId))
                .notCancellable()
                .onSuccess(this::replace)
                .onFailure(error -> LOG.warn("Cannot read a review again", RedactedFailure.of(error))));
    }

    private void replace(Review stored) {
        adopt(stored);
        loads.set(loads.get() + 1);
    }

    private void adopt(Review stored) {
        progress.set(ReviewProgress.of(charter.get(), stored));
        review.set(stored);
        editable.set(!stored.isFinalised());
    }

    /** Writes what is still typed and lets the writer finish in the background; the screen is leaving. */
    public void close() {
        flush();
        closed = true;
    }

    /** As {@link #close()}, waiting up to {@code millis} for the last writes (the app is exiting). */
    public void closeAndWait(long millis) {
        close();
        if (!writer.awaitWritten(millis)) {
            LOG.warn("The last changes to a review were still being written when the window closed");
        }
    }

    static String messageOf(Throwable error) {
        return ErrorText.of(error, "review.error.unexpected");
    }

    public UUID reviewId() { return reviewId; }
    public ReadOnlyObjectProperty<Charter> charterProperty() { return charter.getReadOnlyProperty(); }
    public Charter getCharter() { return charter.get(); }
    public ReadOnlyObjectProperty<Review> reviewProperty() { return review.getReadOnlyProperty(); }
    public Review getReview() { return review.get(); }
    /** Today by the session's clock: the date a new entry (a pledge signed, say) starts with. */
    public java.time.LocalDate today() { return java.time.LocalDate.now(clock); }
    public ReadOnlyObjectProperty<ReviewProgress> progressProperty() { return progress.getReadOnlyProperty(); }
    public ReviewProgress getProgress() { return progress.get(); }
    /** Counts the times the review was taken as stored (opened, re-read, a new revision): fields reload then. */
    public ReadOnlyIntegerProperty loadsProperty() { return loads.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public boolean isEditable() { return editable.get(); }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }
    public SaveState getSaveState() { return saveState.get(); }
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
}
