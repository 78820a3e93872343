package org.charterreviewer.ui.charters;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.OnScreen;

/**
 * The New charter from outline dialog: a button to choose the outline, the charter as it will read
 * once imported (or the outline's problems), the defaults used, and the import button.
 */
public final class OutlineDraftView extends VBox {

    final Button choose = Controls.button("outline-choose", "outline.dialog.choose");
    final Button importButton = Controls.button("outline-import", "outline.dialog.import");
    final TextArea preview = Controls.describe(new TextArea(), "outline-preview", "outline.dialog.preview");
    final ListView<String> notes = Controls.describe(new ListView<>(), "outline-notes", "outline.dialog.notes");
    final Label message = new Label();

    public OutlineDraftView(OutlineDraftViewModel viewModel) {
        setId("outline-draft");
        setSpacing(8);
        setPadding(new Insets(12));
        getStyleClass().add("outline-draft");
        Label outline = new Label();
        outline.setId("outline-name");
        outline.textProperty().bind(viewModel.outlineNameProperty());
        choose.setOnAction(event -> viewModel.chooseOutline());
        importButton.setOnAction(event -> viewModel.importDraft());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        message.setId("outline-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.accessibleTextProperty().bind(viewModel.messageProperty());
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(viewModel.previewProperty());
        VBox.setVgrow(preview, Priority.ALWAYS);
        notes.setItems(viewModel.notes());
        notes.getStyleClass().add("outline-notes");
        Label previewLabel = new Label(tr("outline.dialog.preview"));
        previewLabel.setLabelFor(preview);
        Label notesLabel = new Label(tr("outline.dialog.notes"));
        notesLabel.setLabelFor(notes);
        getChildren().addAll(new HBox(8, choose, outline), message, previewLabel, preview, notesLabel, notes,
                new HBox(8, importButton));
    }

    /** Shows the dialog over {@code owner} until closed. */
    public static void showDialog(Window owner, OutlineDraftViewModel viewModel) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("outline.dialog.title"));
        OutlineDraftView view = new OutlineDraftView(viewModel);
        dialog.getDialogPane().setContent(view);
        // 58em by 43em: at large text the dialog is kept on the screen and its preview shrinks.
        OnScreen.keep(dialog);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResizable(true);
        FirstFocus.on(dialog, view.choose);
        dialog.showAndWait();
    }
}
