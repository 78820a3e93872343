package org.charterreviewer.ui.schools;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * The add/edit form of a school: one labelled field per detail, in reading order, with a message
 * under any field that cannot be saved. Tab moves through it; each label names its field for
 * screen readers.
 */
final class SchoolForm extends GridPane {

    private final Map<SchoolField, TextField> fields = new EnumMap<>(SchoolField.class);
    private final Map<SchoolField, Label> errors = new EnumMap<>(SchoolField.class);

    SchoolForm(SchoolDraft initial) {
        setId("school-form");
        setHgap(10);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints(320, 420, Double.MAX_VALUE);
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (SchoolField field : order()) {
            String key = "school.field." + field.name().toLowerCase(Locale.ROOT);
            TextField input = Controls.describe(new TextField(), "school-form-" + idOf(field), key);
            input.setText(initial.get(field) == null ? "" : initial.get(field));
            Label label = new Label(Messages.tr(key) + (field == SchoolField.NAME ? " *" : ""));
            label.setLabelFor(input);
            Label error = new Label();
            error.setId("school-form-" + idOf(field) + "-error");
            error.getStyleClass().add(Styles.ERROR_TEXT);
            error.setWrapText(true);
            error.setVisible(false);
            error.setManaged(false);
            input.textProperty().addListener((observable, before, after) -> clear(field));
            add(label, 0, row);
            add(input, 1, row++);
            add(error, 1, row++);
            fields.put(field, input);
            errors.put(field, error);
        }
    }

    /** Name first (what the officer knows), then identifiers, then the address and contacts. */
    private static SchoolField[] order() {
        return new SchoolField[] {SchoolField.NAME, SchoolField.URN, SchoolField.LOCAL_AUTHORITY,
            SchoolField.ESTABLISHMENT_TYPE, SchoolField.PHASE, SchoolField.ESTABLISHMENT_STATUS, SchoolField.STREET,
            SchoolField.LOCALITY, SchoolField.ADDRESS3, SchoolField.TOWN, SchoolField.COUNTY, SchoolField.POSTCODE,
            SchoolField.WEBSITE, SchoolField.TELEPHONE, SchoolField.HEAD_TEACHER};
    }

    static String idOf(SchoolField field) {
        return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    TextField field(SchoolField field) {
        return fields.get(field);
    }

    SchoolDraft draft() {
        Map<SchoolField, String> values = new EnumMap<>(SchoolField.class);
        fields.forEach((field, input) -> values.put(field, input.getText()));
        return SchoolDraft.of(values);
    }

    /** Shows every problem under its field and focuses the first; true when the form can be saved. */
    boolean validate() {
        Map<SchoolField, String> problems = draft().problems();
        errors.keySet().forEach(this::clear);
        showProblems(problems);
        for (SchoolField field : order()) {
            if (problems.containsKey(field)) {
                fields.get(field).requestFocus();
                break;
            }
        }
        return problems.isEmpty();
    }

    /** Shows a message under each field named, e.g. the register's "URN already belongs to…". */
    void showProblems(Map<SchoolField, String> problems) {
        problems.forEach((field, message) -> {
            Label error = errors.get(field);
            error.setText(message);
            error.setVisible(true);
            error.setManaged(true);
            fields.get(field).setAccessibleHelp(message);
        });
    }

    private void clear(SchoolField field) {
        Label error = errors.get(field);
        error.setText("");
        error.setVisible(false);
        error.setManaged(false);
        fields.get(field).setAccessibleHelp(null);
    }
}
