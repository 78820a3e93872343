package org.charterreviewer.ui.reviews;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.review.Participant;

/** One row of "who took part" in the New review dialog: a role or group and how many, never a name. */
public final class ParticipantDraft {

    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");

    public ParticipantDraft(String role, String description) {
        this.role.set(role == null ? "" : role);
        this.description.set(description == null ? "" : description);
    }

    public StringProperty roleProperty() {
        return role;
    }

    public String getRole() {
        return role.get();
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public String getDescription() {
        return description.get();
    }

    boolean isBlank() {
        return isBlank(role.get()) && isBlank(description.get());
    }

    Participant toParticipant() {
        String text = description.get();
        return new Participant(role.get().strip(), isBlank(text) ? null : text.strip());
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
