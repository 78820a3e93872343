package org.charterreviewer.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Real dialogs, owned by the main window so they stay on top of it and close with it. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final HostServices hostServices;

    /** Answers a file dialog in place of the system's: what an officer would have picked there. */
    @FunctionalInterface
    public interface FileDialogAnswers {
        Path pick(String title, String suggestedName);
    }

    /**
     * Null in the app. The keyboard journey test sets it: file dialogs are the system's own windows,
     * which no robot reaches under a headless screen; everything else the journey does by keys.
     */
    private static volatile FileDialogAnswers standIn;

    /** For the keyboard journey test only; null restores the system's file dialogs. */
    public static void answerFileDialogsWith(FileDialogAnswers answers) {
        standIn = answers;
    }

    public FxDialogService(Supplier<Window> owner, HostServices hostServices) {
        this.owner = owner;
        this.hostServices = hostServices;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(java.util.Locale.ROOT));
        alert.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        OnScreen.keep(alert);
        return alert;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showErrorList(String title, String message, List<String> details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        ListView<String> list = new ListView<>();
        list.setId("error-list");
        list.getItems().setAll(details);
        list.setAccessibleText(Messages.tr("dialog.errorList.accessible"));
        list.getStyleClass().add("error-list");
        Label summary = new Label(message);
        summary.setWrapText(true);
        VBox content = new VBox(8, summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showAbout(String title, String message, String iconUrl) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        alert.getDialogPane().setId("dialog-about");
        ImageView icon = new ImageView(new Image(iconUrl, AppIcons.ABOUT_SIZE, AppIcons.ABOUT_SIZE, true, true));
        icon.setId("about-icon");
        alert.setGraphic(icon);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType go = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(go, stay);
        alert.getDialogPane().lookupButton(go).setId("dialog-confirm-yes");
        alert.getDialogPane().lookupButton(stay).setId("dialog-confirm-no");
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public boolean confirmIrreversible(String title, String message, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, title, message);
        alert.getButtonTypes().setAll(go, cancel);
        alert.getDialogPane().setId("dialog-irreversible");
        Button goButton = (Button) alert.getDialogPane().lookupButton(go);
        goButton.setDefaultButton(false);
        goButton.setId("dialog-irreversible-action");
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        cancelButton.setId("dialog-irreversible-cancel");
        // Start on Cancel, so Space and Enter both keep things as they are.
        alert.setOnShown(event -> cancelButton.requestFocus());
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(prompt);
        dialog.getEditor().setAccessibleText(prompt);
        return dialog.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
        FileDialogAnswers answers = standIn;
        if (answers != null) {
            return List.of(answers.pick(title, null));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
            String... patterns) {
        FileDialogAnswers answers = standIn;
        if (answers != null) {
            return Optional.of(answers.pick(title, suggestedName));
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void openInSystemViewer(Path file) {
        // HostServices works without AWT, which the app keeps headless-safe.
        try {
            hostServices.showDocument(file.toUri().toString());
        } catch (RuntimeException e) {
            LOG.warn("Could not open a file in the system viewer", RedactedFailure.of(e));
            showError(Messages.tr("dialog.openFailed.title"), Messages.tr("dialog.openFailed.message"));
        }
    }
}
