package org.charterreviewer.ui.walkthrough;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.charter.Item;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/** The officer's note on the item shown: written after a pause in typing, and on leaving the field. */
public final class NoteViewModel {

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty internal = new SimpleBooleanProperty(false);
    private boolean loading;

    NoteViewModel(ReviewSession session, WalkthroughNavigation navigation) {
        this.session = session;
        this.navigation = navigation;
        navigation.itemProperty().addListener((obs, before, after) -> load());
        session.loadsProperty().addListener((obs, before, after) -> load());
        text.addListener((obs, before, after) -> edited());
        internal.addListener((obs, before, after) -> edited());
    }

    /** Shows the stored note: on arriving at an item, or when the review is taken as stored again. */
    private void load() {
        Item item = navigation.getItem();
        Review review = session.getReview();
        loading = true;
        try {
            Note note = item == null || review == null ? null : review.itemNote(item.id()).orElse(null);
            text.set(note == null ? "" : note.body());
            internal.set(note != null && note.internal());
        } finally {
            loading = false;
        }
    }

    private void edited() {
        Item item = navigation.getItem();
        if (loading || item == null || !session.isEditable()) {
            return;
        }
        session.type("note:" + item.id(), new ReviewChange.SetItemNote(item.id(), text.get(), internal.get()));
    }

    /** Writes what is typed at once (focus left the field). */
    public void flush() {
        session.flush();
    }

    public StringProperty textProperty() { return text; }
    public BooleanProperty internalProperty() { return internal; }
}
