package org.charterreviewer.ui.identity;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.ui.common.ClosableDialog;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.OnScreen;
import org.charterreviewer.ui.common.Styles;

/**
 * The signing identity form: shows the identity (name, role, council, fingerprint, valid until),
 * creates one from name, role, council and an optional logo, or imports a council-issued .p12,
 * and exports the public certificate. Shown in a dialog from the File menu or on first export.
 */
public final class IdentityView extends VBox {

    private final IdentityViewModel viewModel;
    private final TextField name = new TextField();
    private final PasswordField passphrase = new PasswordField();

    public IdentityView(IdentityViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("identity-view");
        // 49em wide (640 px at 100 % text), growing with View → Larger text.
        getStyleClass().addAll(Styles.SCREEN, "identity-view");

        Label summary = new Label();
        summary.setId("identity-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.CARD);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setFocusTraversable(true);
        summary.accessibleTextProperty().bind(viewModel.summaryProperty());
        Button export = Controls.button("identity-export", "identity.ui.export");
        export.setOnAction(event -> viewModel.exportPublicCertificate());
        export.disableProperty().bind(viewModel.detailsProperty().isNull());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        TextField role = new TextField();
        TextField council = new TextField();
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        role.textProperty().bindBidirectional(viewModel.roleProperty());
        council.textProperty().bindBidirectional(viewModel.councilProperty());
        row(form, 0, "identity.ui.name", Controls.describe(name, "identity-name", "identity.ui.name"));
        row(form, 1, "identity.ui.role", Controls.describe(role, "identity-role", "identity.ui.role"));
        row(form, 2, "identity.ui.council", Controls.describe(council, "identity-council", "identity.ui.council"));
        Button logo = Controls.button("identity-logo", "identity.ui.logo");
        logo.setOnAction(event -> viewModel.chooseLogo());
        Label logoFile = fileLabel("identity-logo-file", viewModel.logoProperty());
        row(form, 3, "identity.ui.logoLabel", new HBox(8, logo, logoFile), logo);
        row(form, 4, "identity.ui.passphrase", Controls.describe(passphrase, "identity-passphrase", "identity.ui.passphrase"));

        Button create = Controls.button("identity-create", "identity.ui.create");
        create.setDefaultButton(true);
        create.setOnAction(event -> viewModel.create(take(passphrase)));
        create.disableProperty().bind(viewModel.busyProperty());
        // With an identity in place the same button makes a new key, so it says so.
        create.textProperty().bind(Bindings.when(viewModel.detailsProperty().isNull())
                .then(tr("identity.ui.create")).otherwise(tr("identity.ui.replace")));

        GridPane importForm = new GridPane();
        importForm.setHgap(10);
        importForm.setVgap(8);
        Button p12 = Controls.button("identity-p12", "identity.ui.p12");
        p12.setOnAction(event -> viewModel.chooseP12());
        row(importForm, 0, "identity.ui.p12Label", new HBox(8, p12, fileLabel("identity-p12-file", viewModel.p12Property())), p12);
        PasswordField p12Password = Controls.describe(new PasswordField(), "identity-p12-password", "identity.ui.p12Password");
        row(importForm, 1, "identity.ui.p12Password", p12Password);
        Button importButton = Controls.button("identity-import", "identity.ui.import");
        importButton.setOnAction(event -> viewModel.importP12(take(p12Password), take(passphrase)));
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.p12Property().isNull()));
        importForm.add(importButton, 1, 2);
        TitledPane importPane = new TitledPane(tr("identity.ui.importHeading"), importForm);
        importPane.setId("identity-import-pane");
        importPane.setExpanded(false);

        Label message = new Label();
        message.setId("identity-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.accessibleTextProperty().bind(viewModel.messageProperty());

        Label intro = new Label(tr("identity.ui.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);
        for (Label wrapping : new Label[] {summary, intro, message}) {
            // Wrapped labels in a dialog only grow downwards when told to keep their height.
            wrapping.setMaxWidth(Double.MAX_VALUE);
            wrapping.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        for (TextField field : new TextField[] {name, role, council, passphrase}) {
            field.setPrefColumnCount(32);
        }
        getChildren().addAll(summary, export, intro, form, create, importPane, message);
    }

    private static Label fileLabel(String id, javafx.beans.value.ObservableValue<Path> file) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> file.getValue() == null ? tr("identity.ui.noFile") : String.valueOf(file.getValue().getFileName()), file));
        return label;
    }

    private static void row(GridPane grid, int row, String key, javafx.scene.Node field) {
        row(grid, row, key, field, field);
    }

    private static void row(GridPane grid, int row, String key, javafx.scene.Node field, javafx.scene.Node target) {
        Label label = new Label(tr(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        // Whole words at 200 %: the field gives up width, the label ("Your passphrase") does not.
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.addRow(row, label, field);
    }

    /** The typed secret as a char array; the field is cleared so it does not linger in the scene. */
    private static char[] take(PasswordField field) {
        char[] secret = field.getText().toCharArray();
        field.clear();
        return secret;
    }

    /** Shows the identity form in a dialog over {@code owner} until the officer closes it. */
    public static void showDialog(Window owner, IdentityViewModel viewModel) {
        IdentityView view = new IdentityView(viewModel);
        // At large text on a small screen the form scrolls inside a dialog kept on the screen.
        Dialog<Void> dialog = ClosableDialog.scrolling(owner, tr("identity.ui.title"), view, "identity-scroll");
        // The identity is read in the background; grow the dialog to fit it once it arrives.
        viewModel.summaryProperty().addListener((observable, before, after) ->
                javafx.application.Platform.runLater(() -> OnScreen.growToFit(dialog.getDialogPane().getScene().getWindow())));
        viewModel.load();
        FirstFocus.on(dialog, view.name);
        dialog.showAndWait();
    }
}
