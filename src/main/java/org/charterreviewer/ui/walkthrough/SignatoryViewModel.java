package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/** Who signed a pledge for the school: recorded once name, role, organisation and date are all given. */
public final class SignatoryViewModel {

    private final ReviewSession session;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private boolean loading;

    SignatoryViewModel(ReviewSession session) {
        this.session = session;
        session.loadsProperty().addListener((obs, before, after) -> load(session.getReview()));
        for (var field : List.of(name, role, organisation)) {
            field.addListener((obs, before, after) -> edited());
        }
        date.addListener((obs, before, after) -> edited());
        consent.addListener((obs, before, after) -> edited());
    }

    public boolean isPledge() {
        return session.getCharter() != null && session.getCharter().kind() == CharterKind.PLEDGE;
    }

    private void load(Review review) {
        // The pane edits the first (lead) signatory; the command line adds further ones.
        PledgeSignatory s = review == null || review.signatories().isEmpty() ? null : review.signatories().get(0);
        loading = true;
        try {
            name.set(s == null ? "" : s.name());
            role.set(s == null ? "" : s.role());
            organisation.set(s == null ? "" : s.organisation());
            date.set(s == null ? null : s.signedOn());
            consent.set(s != null && s.consentToPublish());
        } finally {
            loading = false;
        }
    }

    private void edited() {
        if (loading || !session.isEditable() || !isPledge()) {
            return;
        }
        if (isBlank(name.get()) || isBlank(role.get()) || isBlank(organisation.get()) || date.get() == null) {
            hint.set(tr("review.signatory.incomplete"));
            return;
        }
        hint.set("");
        session.type("signatory", new ReviewChange.RecordSignatory(new PledgeSignatory(name.get(), role.get(),
                organisation.get(), date.get(), consent.get())));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty roleProperty() { return role; }
    public StringProperty organisationProperty() { return organisation; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public BooleanProperty consentProperty() { return consent; }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public void flush() { session.flush(); }
}
