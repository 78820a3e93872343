package org.charterreviewer.ui.common;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the passphrase before signing (a certificate, a bundle). It opens with the cursor in the
 * field, refuses an empty one in words, and checks the passphrase off the FX thread before closing,
 * so a wrong one is typed again in the same prompt instead of failing the whole export.
 */
public final class PassphrasePrompt {

    private final Window owner;
    private final Predicate<char[]> opens;

    /** @param opens true when the passphrase unlocks what is signed with; run off the FX thread */
    public PassphrasePrompt(Window owner, Predicate<char[]> opens) {
        this.owner = owner;
        this.opens = opens;
    }

    /**
     * @param id     the dialog pane's id; the field is {@code id + "-field"}, the message {@code id + "-error"}
     * @param action the sign button's words, e.g. "_Sign certificate"
     * @return the checked passphrase (the caller wipes it), or empty if cancelled
     */
    public Optional<char[]> ask(String id, String title, String question, String fieldLabel, String action) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setId(id);
        PasswordField field = new PasswordField();
        field.setId(id + "-field");
        field.setAccessibleText(fieldLabel.replace("_", ""));
        Label label = new Label(fieldLabel);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        dialog.getDialogPane().setContent(new VBox(8, label, field, error));
        ButtonType sign = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(sign, cancel);
        Node signButton = dialog.getDialogPane().lookupButton(sign);
        signButton.setId(id + "-sign");
        dialog.getDialogPane().lookupButton(cancel).setId(id + "-cancel");
        signButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The prompt closes only on a passphrase that opens; the check decides when.
            event.consume();
            if (field.getText().isEmpty()) {
                say(field, error, tr("passphrase.prompt.empty"));
                return;
            }
            signButton.setDisable(true);
            field.setDisable(true);
            error.setText(tr("passphrase.prompt.checking"));
            char[] typed = field.getText().toCharArray();
            Task<Boolean> check = new Task<>() {
                @Override
                protected Boolean call() {
                    return opens.test(typed);
                }
            };
            check.setOnSucceeded(done -> {
                signButton.setDisable(false);
                field.setDisable(false);
                if (check.getValue()) {
                    error.setText("");
                    dialog.setResult(typed);
                    dialog.close();
                } else {
                    Arrays.fill(typed, '\0');
                    say(field, error, tr("passphrase.prompt.wrong"));
                }
            });
            check.setOnFailed(failed -> {
                Arrays.fill(typed, '\0');
                signButton.setDisable(false);
                field.setDisable(false);
                say(field, error, tr("passphrase.prompt.wrong"));
            });
            Thread thread = new Thread(check, "passphrase-check");
            thread.setDaemon(true);
            thread.start();
        });
        dialog.setResultConverter(button -> null);
        // The field, not the default button, so typing goes in it.
        FirstFocus.on(dialog, field);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }

    private static void say(PasswordField field, Label error, String message) {
        error.setText(message);
        field.setAccessibleHelp(message);
        field.requestFocus();
        field.selectAll();
    }
}
