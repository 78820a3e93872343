package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/**
 * Who signed a pledge for the school: the head teacher, the chair of governors, a parent or pupil
 * representative, in the order they signed, each with their own consent to publication. The list, and
 * the form (as the voices pane has it) to add one or change the one loaded into it; entries are
 * removed and moved up or down in the list.
 */
public final class SignatoriesViewModel {

    /** One signatory as listed: its place (from 0, as the review keeps them) and what was recorded. */
    public record Listed(int index, PledgeSignatory signatory) {
    }

    /** What is in the form. */
    private record Draft(String name, String role, String organisation, LocalDate signedOn, boolean consent) {
    }

    private final ReviewSession session;
    private final ObservableList<Listed> signatories = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // A signatory is known by their place; removing or moving one ends any edit, as places change then.
    private final FormEdit<Listed, Draft> edit = new FormEdit<>(Listed::index,
            () -> new Draft(name.get(), role.get(), organisation.get(), signedOn.get(), consent.get()),
            listed -> {
                PledgeSignatory s = listed.signatory();
                fill(new Draft(s.name(), s.role(), s.organisation(), s.signedOn(), s.consentToPublish()));
            },
            this::fill);

    SignatoriesViewModel(ReviewSession session) {
        this.session = session;
        session.reviewProperty().addListener((obs, before, after) -> show(after));
        session.loadsProperty().addListener((obs, before, after) -> fill(null));
    }

    public boolean isPledge() {
        return session.getCharter() != null && session.getCharter().kind() == CharterKind.PLEDGE;
    }

    private void show(Review review) {
        List<Listed> listed = new ArrayList<>();
        if (review != null) {
            for (int i = 0; i < review.signatories().size(); i++) {
                listed.add(new Listed(i, review.signatories().get(i)));
            }
        }
        edit.show(signatories, listed, review != null && review.isFinalised());
    }

    /** An empty form, or {@code draft}: the organisation is the school's and the date today unless typed. */
    private void fill(Draft draft) {
        Review review = session.getReview();
        name.set(draft == null ? "" : draft.name());
        role.set(draft == null ? "" : draft.role());
        organisation.set(draft != null && !isBlank(draft.organisation()) ? draft.organisation()
                : review == null ? "" : review.school().name());
        signedOn.set(draft != null && draft.signedOn() != null ? draft.signedOn() : session.today());
        consent.set(draft != null && draft.consent());
        message.set("");
    }

    /** Adds the signatory in the form, or saves the changes to the one being edited. */
    public void save() {
        if (!session.isEditable() || !isPledge()) {
            return;
        }
        inForm().ifPresent(draft -> {
            PledgeSignatory signatory = new PledgeSignatory(draft.name(), draft.role(), draft.organisation(),
                    draft.signedOn(), draft.consent());
            edit.addOrUpdate(() -> {
                if (session.apply(new ReviewChange.AddSignatory(signatory))) {
                    fill(null);
                }
            }, edited -> {
                if (!signatory.equals(edited.signatory())) {
                    session.apply(new ReviewChange.UpdateSignatory(edited.index(), signatory));
                }
            });
        });
    }

    /** The signatory in the form, trimmed; empty, with a message, while something needed is missing. */
    private Optional<Draft> inForm() {
        String n = stripped(name.get());
        String r = stripped(role.get());
        String o = stripped(organisation.get());
        if (n.isEmpty() || r.isEmpty() || o.isEmpty() || signedOn.get() == null) {
            message.set(tr("review.signatory.incomplete"));
            return Optional.empty();
        }
        return Optional.of(new Draft(n, r, o, signedOn.get(), consent.get()));
    }

    /** Loads a recorded signatory into the form, which then saves changes to them instead of adding one. */
    public void edit(Listed listed) {
        if (session.isEditable() && listed != null) {
            edit.begin(listed);
        }
    }

    /** Leaves the signatory as stored and gives the form back what was typed before editing began. */
    public void cancelEdit() {
        edit.cancel();
    }

    public void remove(Listed listed) {
        if (session.isEditable() && listed != null) {
            edit.cancel();
            session.apply(new ReviewChange.RemoveSignatory(listed.index()));
        }
    }

    /** Moves a signatory one place up (-1) or down (+1): the two swap places, each written as a change. */
    public void move(Listed listed, int by) {
        if (!session.isEditable() || listed == null || Math.abs(by) != 1) {
            return;
        }
        int other = listed.index() + by;
        List<PledgeSignatory> all = session.getReview().signatories();
        if (other < 0 || other >= all.size() || !all.get(listed.index()).equals(listed.signatory())) {
            return;
        }
        edit.cancel();
        PledgeSignatory swapped = all.get(other);
        if (session.apply(new ReviewChange.UpdateSignatory(other, listed.signatory()))) {
            session.apply(new ReviewChange.UpdateSignatory(listed.index(), swapped));
        }
    }

    /** The entry at {@code index} as now listed, so a list can select it again after a move. */
    public Listed at(int index) {
        return index >= 0 && index < signatories.size() ? signatories.get(index) : null;
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public ObservableList<Listed> signatories() { return signatories; }
    public StringProperty nameProperty() { return name; }
    public StringProperty roleProperty() { return role; }
    public StringProperty organisationProperty() { return organisation; }
    public ObjectProperty<LocalDate> dateProperty() { return signedOn; }
    public BooleanProperty consentProperty() { return consent; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Listed> editingProperty() { return edit.property(); }
    public Listed getEditing() { return edit.record(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public boolean isEditable() { return session.isEditable(); }
}
