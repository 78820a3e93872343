package org.charterreviewer.ui.walkthrough;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The add form's edit of one recorded voice or action: which one is loaded, and what the form held
 * before, given back when the edit ends (saved or cancelled).
 *
 * @param <R> the recorded entry
 * @param <D> what the form holds
 */
final class FormEdit<R, D> {

    private final ReadOnlyObjectWrapper<R> record = new ReadOnlyObjectWrapper<>();
    private final Function<R, Object> id;
    private final Supplier<D> capture;
    private final Consumer<R> load;
    private final Consumer<D> restore;
    private D draft;

    FormEdit(Function<R, Object> id, Supplier<D> capture, Consumer<R> load, Consumer<D> restore) {
        this.id = id;
        this.capture = capture;
        this.load = load;
        this.restore = restore;
    }

    void begin(R recorded) {
        if (record.get() == null) {
            draft = capture.get();
        }
        record.set(recorded);
        load.accept(recorded);
    }

    void end() {
        D before = draft;
        draft = null;
        record.set(null);
        restore.accept(before);
    }

    void cancel() {
        if (record.get() != null) {
            end();
        }
    }

    void cancelIfEditing(R recorded) {
        if (record.get() != null && Objects.equals(id.apply(record.get()), id.apply(recorded))) {
            end();
        }
    }

    /** An entry being edited that is no longer there (removed, or a new revision) is let go. */
    void cancelUnlessIn(List<R> shown) {
        R edited = record.get();
        if (edited != null && shown.stream().noneMatch(r -> Objects.equals(id.apply(r), id.apply(edited)))) {
            end();
        }
    }

    R record() {
        return record.get();
    }

    ReadOnlyObjectProperty<R> property() {
        return record.getReadOnlyProperty();
    }
}
