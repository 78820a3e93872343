package org.charterreviewer.ui.protection;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * The passphrase prompt: one to three password fields, the strength hint (also given to screen
 * readers as the field's help), a plain message when something is wrong, and a working indicator.
 * Enter submits, Esc cancels, and the first field has the focus.
 */
public final class PassphraseView extends VBox {

    private final PassphraseViewModel viewModel;
    private final PasswordField first;

    public PassphraseView(PassphraseViewModel viewModel, Consumer<PassphraseViewModel.Submission> onSubmit,
            Runnable onCancel) {
        super(10);
        this.viewModel = viewModel;
        setId("passphrase-view");
        getStyleClass().addAll(Styles.SCREEN, "passphrase-view");
        setFillWidth(true);

        Label title = new Label(viewModel.title());
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setWrapText(true);
        // Words keep all their lines; the window scrolls when they are taller than it (large text).
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label explanation = new Label(viewModel.explanation());
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setId("passphrase-explanation");
        getChildren().addAll(title, explanation);

        PasswordField current = null;
        if (viewModel.asksForCurrentPassphrase()) {
            current = field("passphrase-current", "passphrase.current");
            current.textProperty().bindBidirectional(viewModel.currentProperty());
            getChildren().addAll(label("passphrase.current", current), current);
        }
        PasswordField passphrase = field("passphrase-field",
                viewModel.asksForNewPassphrase() ? "passphrase.new" : "passphrase.field");
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        getChildren().addAll(label(viewModel.asksForNewPassphrase() ? "passphrase.new" : "passphrase.field",
                passphrase), passphrase);

        getChildren().add(liveText("passphrase-hint", Styles.MUTED, viewModel.hintProperty()));
        // Screen readers read a field's help when it gets the focus, and again when it changes.
        passphrase.accessibleHelpProperty().bind(Bindings.concat(viewModel.messageProperty(), " ",
                viewModel.hintProperty()));

        if (viewModel.asksForNewPassphrase()) {
            PasswordField confirmation = field("passphrase-confirm", "passphrase.confirm");
            confirmation.textProperty().bindBidirectional(viewModel.confirmationProperty());
            confirmation.accessibleHelpProperty().bind(viewModel.messageProperty());
            getChildren().addAll(label("passphrase.confirm", confirmation), confirmation);
        }

        Label message = liveText("passphrase-message", Styles.ERROR_TEXT, viewModel.messageProperty());

        ProgressIndicator working = new ProgressIndicator();
        working.setId("passphrase-busy");
        working.setPrefSize(22, 22);
        working.setAccessibleText(viewModel.busyText());
        Label workingText = new Label(viewModel.busyText());
        HBox busy = new HBox(8, working, workingText);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());

        Button ok = Controls.button("passphrase-ok", "passphrase.ok");
        ok.setText(viewModel.submitText());
        ok.setDefaultButton(true);
        ok.setOnAction(event -> viewModel.submit().ifPresent(onSubmit));
        Button cancel = Controls.button("passphrase-cancel", "passphrase.cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(message, busy, buttons);

        for (var node : getChildren()) {
            if (node instanceof PasswordField || node == buttons) {
                node.disableProperty().bind(viewModel.busyProperty());
            }
        }
        this.first = current != null ? current : passphrase;
        viewModel.busyProperty().addListener((observable, was, isBusy) -> {
            if (!isBusy) {
                Platform.runLater(this::focusFirstField);
            }
        });
        // Its width is in ems (app.css, .passphrase-view), so it grows with View → Larger text.
    }

    /** Puts the caret in the first field; call once the view is showing. */
    public void focusFirstField() {
        first.requestFocus();
    }

    public PassphraseViewModel viewModel() {
        return viewModel;
    }

    /** A text that follows {@code text}, read out as it is, and takes no room while empty. */
    private static Label liveText(String id, String styleClass, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        label.accessibleTextProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static PasswordField field(String id, String key) {
        PasswordField field = Controls.describe(new PasswordField(), id, key);
        field.setPrefColumnCount(28);
        return field;
    }

    private static Label label(String key, PasswordField field) {
        Label label = new Label(Messages.tr(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
