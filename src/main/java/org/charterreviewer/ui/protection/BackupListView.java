package org.charterreviewer.ui.protection;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.protection.BackupInfo;
import org.charterreviewer.ui.common.FirstFocus;
import org.charterreviewer.ui.common.OnScreen;

/**
 * The first step of File → Restore from backup…: the backups in the data folder, newest first, each
 * with when it was taken and its size; Restore the chosen one, or choose another file. Only builds
 * controls and binds them to {@link BackupListViewModel}; the caller asks before it restores.
 */
public final class BackupListView extends VBox {

    final ListView<BackupInfo> list = new ListView<>();

    BackupListView(BackupListViewModel viewModel) {
        setSpacing(8);
        setPadding(new Insets(8));
        setId("backup-list-view");
        getStyleClass().add("backup-list-view");
        Label heading = new Label();
        heading.setId("backup-list-message");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(viewModel.messageProperty());
        list.setId("backup-list");
        list.setItems(viewModel.backups());
        list.setAccessibleText(tr("restore.list.accessible"));
        list.setTooltip(new Tooltip(tr("restore.list.accessible")));
        list.setPlaceholder(new Label(tr("restore.list.empty")));
        list.setPrefHeight(220);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : BackupListViewModel.describe(item));
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && list.getSelectionModel().getSelectedItem() != after) {
                list.getSelectionModel().select(after);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) ->
                viewModel.selectedProperty().set(after));
        heading.setLabelFor(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
    }

    /**
     * Asks which backup to restore, over {@code owner}: the chosen one in the list, another file, or
     * nothing (Cancel, Escape).
     */
    public static Optional<Path> choose(Window owner, BackupListViewModel viewModel) {
        Dialog<Path> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("restore.list.title"));
        dialog.getDialogPane().setId("backup-list-dialog");
        BackupListView view = new BackupListView(viewModel);
        dialog.getDialogPane().setContent(view);
        ButtonType restore = new ButtonType(tr("restore.list.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(tr("restore.list.other"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(restore, other, ButtonType.CANCEL);
        Button restoreButton = describe(dialog, restore, "backup-list-restore", "restore.list.restore.tooltip");
        restoreButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        // The list takes Enter and Escape for itself (editing): here Enter on a backup means Restore and
        // Escape means Cancel, as the default and cancel buttons do elsewhere.
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        view.list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Button meant = event.getCode() == KeyCode.ENTER ? restoreButton
                    : event.getCode() == KeyCode.ESCAPE ? cancelButton : null;
            if (meant != null && !meant.isDisabled()) {
                event.consume();
                meant.fire();
            }
        });
        Button otherButton = describe(dialog, other, "backup-list-other", "restore.list.other.tooltip");
        AtomicReference<Path> elsewhere = new AtomicReference<>();
        // The system's file dialog opens over this one; cancelling it comes back to the list.
        otherButton.addEventFilter(ActionEvent.ACTION, event -> viewModel.chooseOtherFile()
                .ifPresentOrElse(elsewhere::set, event::consume));
        dialog.setResultConverter(button -> button == restore ? viewModel.chosen().orElse(null)
                : button == other ? elsewhere.get() : null);
        OnScreen.keep(dialog);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResizable(true);
        viewModel.load();
        // After the dialog's own first focus (its default button), so the arrow keys move in the list.
        FirstFocus.on(dialog, view.list);
        return dialog.showAndWait();
    }

    private static Button describe(Dialog<?> dialog, ButtonType type, String id, String tooltipKey) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(tr(tooltipKey));
        button.setTooltip(new Tooltip(tr(tooltipKey)));
        return button;
    }
}
