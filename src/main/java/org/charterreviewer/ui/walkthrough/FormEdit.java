package org.charterreviewer.ui.walkthrough;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * The add form's edit of one recorded voice or action: which one is loaded, and what the form held
 * before, given back when the edit ends (saved or cancelled). The voices and the actions panes edit in
 * place the same way through it: show the item's entries, add or update on save, end on move.
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

    /** Shows {@code entries} in {@code list}; an edit whose entry is gone, or in a finalised review, ends. */
    void show(ObservableList<R> list, List<R> entries, boolean finalised) {
        list.setAll(entries);
        cancelUnlessIn(list);
        if (finalised) {
            cancel();
        }
    }

    /**
     * Saves what the form holds: {@code add} when no entry is loaded; else {@code update} of the
     * loaded entry, after which the form gets back what it held before the edit began.
     */
    void addOrUpdate(Runnable add, Consumer<R> update) {
        R edited = record.get();
        if (edited == null) {
            add.run();
        } else {
            update.accept(edited);
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
