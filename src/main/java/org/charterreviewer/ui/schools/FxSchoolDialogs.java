package org.charterreviewer.ui.schools;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.OnScreen;
import org.charterreviewer.ui.common.Styles;

/** The schools screen's dialogs as real windows, owned by the main window. */
public final class FxSchoolDialogs implements SchoolDialogs {

    private final Supplier<Window> owner;

    public FxSchoolDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The dialog's first button says what it does ({@code actionKey}), never OK; Cancel closes it. */
    private <T> Dialog<T> dialog(String id, String title, String actionKey) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType save = new ButtonType(Messages.tr(actionKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(Messages.tr("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId(id + "-save");
        OnScreen.keep(dialog);
        return dialog;
    }

    private static javafx.scene.Node saveButton(Dialog<?> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream().filter(FxSchoolDialogs::isSave).findFirst()
                .map(dialog.getDialogPane()::lookupButton).orElseThrow();
    }

    private static boolean isSave(ButtonType button) {
        return button != null && button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial) {
        return editSchool(title, initial, Map.of());
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial, Map<SchoolField, String> problems) {
        Dialog<SchoolDraft> dialog = dialog("school-dialog", title, "schools.form.save");
        SchoolForm form = new SchoolForm(initial);
        form.showProblems(problems);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("school-form-scroll");
        Label hint = new Label(Messages.tr("schools.form.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        dialog.getDialogPane().setContent(new VBox(8, hint, scroll));
        // Enter anywhere saves; a form with problems stays open and says what to fix.
        saveButton(dialog).addEventFilter(ActionEvent.ACTION, event -> {
            if (!form.validate()) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> isSave(button) ? form.draft().normalised() : null);
        SchoolField first = problems.keySet().stream().findFirst().orElse(SchoolField.NAME);
        Platform.runLater(() -> form.field(first).requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<GiasImportOptions> askImportOptions(String fileName) {
        Dialog<GiasImportOptions> dialog = dialog("gias-import-dialog", Messages.tr("schools.import.title"),
                "dialog.action.import");
        Label explanation = new Label(Messages.tr("schools.import.explain", fileName));
        explanation.setWrapText(true);
        TextField authorities = Controls.describe(new TextField(), "gias-la", "schools.import.la");
        authorities.setPromptText(Messages.tr("schools.import.la.prompt"));
        Label authoritiesLabel = new Label(Messages.tr("schools.import.la"));
        authoritiesLabel.setLabelFor(authorities);
        authoritiesLabel.setMnemonicParsing(true);
        CheckBox includeClosed = Controls.describe(new CheckBox(Messages.tr("schools.import.includeClosed")),
                "gias-include-closed", "schools.import.includeClosed");
        includeClosed.setMnemonicParsing(true);
        VBox content = new VBox(8, explanation, authoritiesLabel, authorities, includeClosed);
        content.getStyleClass().add("gias-import-form");
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> isSave(button)
                ? GiasImportOptions.parse(authorities.getText(), includeClosed.isSelected()) : null);
        Platform.runLater(authorities::requestFocus);
        return dialog.showAndWait();
    }
}
