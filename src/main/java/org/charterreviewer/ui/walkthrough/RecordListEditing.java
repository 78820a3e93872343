package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * What the voices and the actions panes share: a list of recorded entries above a form that adds a
 * new one or, after Enter or F2 on the list, saves changes to the selected one.
 */
final class RecordListEditing {

    /** Common roles offered for voices and action owners; the officer may type any other. */
    static final List<String> ROLE_KEYS = List.of("review.role.pupil", "review.role.pupilsGroup",
            "review.role.parentCarer", "review.role.staff", "review.role.senco", "review.role.headTeacher",
            "review.role.governor", "review.role.officer");

    /** The controls of one list of recorded entries and the form below it. */
    record Parts<T>(Node box, ListView<T> list, TextField field, Button save, Button edit, Button cancel) {
    }

    private RecordListEditing() {
    }

    /**
     * Enter or F2 on the list (or Edit…) loads the selected entry into the form and puts the caret
     * in the field; Enter there or the form's button saves; Esc anywhere in the box (once an open
     * drop-down is closed) or Cancel edit leaves it as stored. Both end back on the list.
     */
    static <T> void wire(Parts<T> c, ReadOnlyObjectProperty<T> editing, BooleanSupplier editable,
            Consumer<T> begin, Runnable save, Runnable cancel, ComboBoxBase<?>... popups) {
        Runnable saveAndReturn = () -> {
            boolean wasEditing = editing.get() != null;
            save.run();
            if (wasEditing && editing.get() == null) {
                // Later: a mnemonic (Alt+C, Alt+O) focuses its button after firing it.
                Platform.runLater(c.list()::requestFocus);
            }
        };
        c.field().setOnAction(event -> saveAndReturn.run());
        c.save().setOnAction(event -> saveAndReturn.run());
        Runnable startEdit = () -> {
            begin.accept(c.list().getSelectionModel().getSelectedItem());
            if (editing.get() != null) {
                c.field().requestFocus();
                Platform.runLater(c.field()::end);
            }
        };
        c.edit().setOnAction(event -> startEdit.run());
        Runnable cancelAndReturn = () -> {
            cancel.run();
            c.list().requestFocus();
        };
        c.cancel().setOnAction(event -> cancelAndReturn.run());
        c.list().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2)
                    && c.list().getSelectionModel().getSelectedItem() != null && editable.getAsBoolean()) {
                startEdit.run();
                event.consume();
            }
        });
        c.box().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ESCAPE || editing.get() == null) {
                return;
            }
            for (ComboBoxBase<?> popup : popups) {
                if (popup.isShowing()) {
                    return;
                }
            }
            cancelAndReturn.run();
            event.consume();
        });
    }

    /** Selects the same entry again (by id) after the list is refreshed, so Space or Enter can follow. */
    static <T> void keepSelectionById(ListView<T> list, Function<T, Object> id) {
        Object[] selectedId = {null};
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                selectedId[0] = id.apply(after);
            }
        });
        list.getItems().addListener((ListChangeListener<T>) change -> {
            List<T> items = list.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (Objects.equals(id.apply(items.get(i)), selectedId[0])) {
                    list.getSelectionModel().select(i);
                    list.getFocusModel().focus(i);
                    return;
                }
            }
        });
    }

    /** The form's button adds a new entry, or saves the one being edited: text, tooltip and reader follow. */
    static void addOrSave(Button button, BooleanBinding editing, String addKey, String saveKey) {
        button.textProperty().bind(Bindings.when(editing).then(tr(saveKey)).otherwise(tr(addKey)));
        var described = Bindings.when(editing).then(tooltipOf(saveKey)).otherwise(tooltipOf(addKey));
        button.accessibleTextProperty().bind(described);
        button.getTooltip().textProperty().bind(described);
    }

    private static String tooltipOf(String key) {
        String tooltip = tr(key + ".tooltip");
        return tooltip.equals(key + ".tooltip") ? tr(key).replace("_", "") : tooltip;
    }

    /** A line saying a recorded entry is being edited and how to save or cancel. */
    static Label editHint(String id, BooleanBinding editing, String key) {
        Label hint = new Label(tr(key));
        hint.setId(id);
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        hint.setAccessibleText(hint.getText());
        hint.visibleProperty().bind(editing);
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    /** The field focused on editing tells a screen reader that a recorded entry is being changed, and how. */
    static void announceEditing(Control field, BooleanBinding editing, Label hint) {
        String usual = field.getAccessibleText();
        field.accessibleTextProperty().bind(Bindings.when(editing).then(usual + ". " + hint.getText()).otherwise(usual));
    }

    /** An editable list of common roles; what is typed counts at once, without waiting for a commit. */
    static ComboBox<String> roles(String id, String key, StringProperty target) {
        return roles(id, key, target, ROLE_KEYS);
    }

    /** As {@link #roles(String, String, StringProperty)}, offering the roles named by {@code roleKeys}. */
    static ComboBox<String> roles(String id, String key, StringProperty target, List<String> roleKeys) {
        ComboBox<String> role = Controls.describe(new ComboBox<>(), id, key);
        role.setEditable(true);
        role.getItems().setAll(roleKeys.stream().map(k -> tr(k)).toList());
        role.getStyleClass().add("role-field");
        role.getEditor().setAccessibleText(role.getAccessibleText());
        role.getEditor().textProperty().addListener((obs, before, after) -> target.set(after));
        role.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                target.set(after);
            }
        });
        target.addListener((obs, before, after) -> {
            if (!role.getEditor().getText().equals(after == null ? "" : after)) {
                role.getEditor().setText(after);
            }
        });
        return role;
    }
}
