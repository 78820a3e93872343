package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.Item;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.Voice;

/** What pupils, staff and families said about the item shown: the list, and the form to add or edit one. */
public final class VoicesViewModel {

    /** What is in the form. */
    private record Draft(String role, String said, boolean consent) {
    }

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final ObservableList<Voice> voices = FXCollections.observableArrayList();
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty said = new SimpleStringProperty("");
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FormEdit<Voice, Draft> edit = new FormEdit<>(Voice::id,
            () -> new Draft(role.get(), said.get(), consent.get()),
            voice -> {
                role.set(voice.speakerRole());
                said.set(voice.said());
                consent.set(voice.consentToShare());
                message.set("");
            },
            draft -> {
                role.set(draft == null ? "" : draft.role());
                said.set(draft == null ? "" : draft.said());
                consent.set(draft != null && draft.consent());
                message.set("");
            });

    VoicesViewModel(ReviewSession session, WalkthroughNavigation navigation) {
        this.session = session;
        this.navigation = navigation;
        session.reviewProperty().addListener((obs, before, after) -> show());
        navigation.itemProperty().addListener((obs, before, after) -> show());
        navigation.beforeMove(() -> {
            edit.cancel();
            message.set("");
        });
    }

    private void show() {
        Item item = navigation.getItem();
        Review review = session.getReview();
        edit.show(voices, item == null || review == null ? java.util.List.of() : review.voicesFor(item.id()),
                review != null && review.isFinalised());
    }

    /** Adds the voice in the form, or saves the changes to the voice being edited. */
    public void save() {
        Item item = navigation.getItem();
        if (!session.isEditable() || item == null) {
            return;
        }
        inForm().ifPresent(draft -> edit.addOrUpdate(() -> {
            if (session.apply(new ReviewChange.AddVoice(ReviewChanges.nextVoiceId(session.getReview()), item.id(),
                    draft.role(), draft.said(), draft.consent()))) {
                said.set("");
                consent.set(false);
                message.set("");
            }
        }, edited -> {
            if (!draft.equals(new Draft(edited.speakerRole(), edited.said(), edited.consentToShare()))) {
                session.apply(new ReviewChange.UpdateVoice(edited.id(), draft.role(), draft.said(), draft.consent()));
            }
        }));
    }

    /** The voice in the form, trimmed; empty, with a message, while its role or words are missing. */
    private Optional<Draft> inForm() {
        String r = role.get() == null ? "" : role.get().strip();
        String s = said.get() == null ? "" : said.get().strip();
        if (r.isEmpty() || s.isEmpty()) {
            message.set(tr("review.voice.incomplete"));
            return Optional.empty();
        }
        return Optional.of(new Draft(r, s, consent.get()));
    }

    /** Loads a recorded voice into the form, which then saves changes to it instead of adding one. */
    public void edit(Voice voice) {
        if (session.isEditable() && voice != null && navigation.getItem() != null) {
            edit.begin(voice);
        }
    }

    /** Leaves the voice as stored and gives the form back what was typed before editing began. */
    public void cancelEdit() {
        edit.cancel();
    }

    public void remove(Voice voice) {
        if (session.isEditable() && voice != null) {
            edit.cancelIfEditing(voice);
            session.apply(new ReviewChange.RemoveVoice(voice.id()));
        }
    }

    public ObservableList<Voice> voices() { return voices; }
    public StringProperty roleProperty() { return role; }
    public StringProperty saidProperty() { return said; }
    public BooleanProperty consentProperty() { return consent; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Voice> editingProperty() { return edit.property(); }
    public Voice getEditing() { return edit.record(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public boolean isEditable() { return session.isEditable(); }
}
