package org.charterreviewer.ui.protection;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.PassphrasePolicy;

/**
 * The passphrase prompt without a window: setting a first passphrase (with confirmation and a
 * strength hint), entering it at each start, or changing it. {@link #submit()} checks the input
 * and hands back what was typed, or sets a plain message and hands back nothing.
 */
public final class PassphraseViewModel {

    /** Which question the prompt asks. */
    public enum Mode {
        /** First start, or a folder from an earlier version: choose a passphrase. */
        SET,
        /** Every later start: type the passphrase. */
        ENTER,
        /** File → Change passphrase: the current one, then a new one twice. */
        CHANGE,
        /** File → Restore from backup: the passphrase the backup was taken with. */
        RESTORE
    }

    /** What the officer typed; the receiver wipes both arrays after use. */
    public record Submission(char[] current, char[] passphrase) {
    }

    private final Mode mode;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public PassphraseViewModel(Mode mode) {
        this.mode = mode;
        if (asksForNewPassphrase()) {
            hint.set(PassphrasePolicy.hint(new char[0]));
            passphrase.addListener((observable, before, after) ->
                    hint.set(PassphrasePolicy.hint(after.toCharArray())));
        }
    }

    public Mode mode() {
        return mode;
    }

    /** SET and CHANGE choose a new passphrase, so they confirm it and show the strength hint. */
    public boolean asksForNewPassphrase() {
        return mode == Mode.SET || mode == Mode.CHANGE;
    }

    public boolean asksForCurrentPassphrase() {
        return mode == Mode.CHANGE;
    }

    public String title() {
        return Messages.tr("passphrase." + key() + ".title");
    }

    public String explanation() {
        return Messages.tr("passphrase." + key() + ".explanation");
    }

    public String submitText() {
        return Messages.tr("passphrase." + key() + ".submit");
    }

    public String busyText() {
        return Messages.tr("passphrase." + key() + ".busy");
    }

    private String key() {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Checks what was typed; empty (with a message set) if it cannot be used. */
    public Optional<Submission> submit() {
        if (busy.get()) {
            return Optional.empty();
        }
        char[] typed = passphrase.get().toCharArray();
        try {
            if (asksForCurrentPassphrase() && current.get().isEmpty()) {
                throw new InvalidInputException(Messages.tr("passphrase.currentMissing"));
            }
            if (asksForNewPassphrase()) {
                PassphrasePolicy.requireAcceptable(typed, confirmation.get().toCharArray());
            } else if (typed.length == 0) {
                throw new InvalidInputException(Messages.tr("passphrase.missing"));
            }
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
        message.set("");
        busy.set(true);
        Submission submission = new Submission(asksForCurrentPassphrase() ? current.get().toCharArray() : null, typed);
        clearFields();
        return Optional.of(submission);
    }

    /** The attempt failed (e.g. a wrong passphrase): say why and let the officer try again. */
    public void failed(String why) {
        busy.set(false);
        message.set(why);
    }

    private void clearFields() {
        current.set("");
        passphrase.set("");
        confirmation.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public String getHint() {
        return hint.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }
}
