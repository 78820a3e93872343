package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.labelled;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.row;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.UkDateConverter;

/**
 * The signatories of a pledge: the list in the order they signed, with Edit, Remove and Move up or
 * down (also Alt+Up and Alt+Down on the list), and the form with labels that stay to add or edit one.
 */
final class SignatoriesPane {

    /** Roles usually signing a school's pledge; the officer may type any other. */
    static final List<String> ROLE_KEYS = List.of("review.signatory.role.headTeacher",
            "review.signatory.role.chairOfGovernors", "review.signatory.role.parentRepresentative",
            "review.signatory.role.pupilRepresentative");

    private final VBox root;

    SignatoriesPane(SignatoriesViewModel viewModel) {
        ListView<SignatoriesViewModel.Listed> list = Controls.describe(new ListView<>(viewModel.signatories()),
                "review-signatories", "review.signatories");
        list.getStyleClass().add(WalkthroughControls.RECORD_LIST);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SignatoriesViewModel.Listed listed, boolean empty) {
                super.updateItem(listed, empty);
                setText(empty || listed == null ? null : line(listed));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPlaceholder(WalkthroughControls.placeholder("review.signatories.none"));
        RecordListEditing.keepSelectionById(list, SignatoriesViewModel.Listed::index);
        var selected = list.getSelectionModel().selectedItemProperty();
        Button edit = Controls.button("review-signatory-edit", "review.signatory.edit");
        Button remove = Controls.button("review-signatory-remove", "review.signatory.remove");
        remove.setOnAction(event -> viewModel.remove(selected.get()));
        Button up = Controls.button("review-signatory-up", "review.signatory.up");
        up.setOnAction(event -> move(viewModel, list, -1));
        Button down = Controls.button("review-signatory-down", "review.signatory.down");
        down.setOnAction(event -> move(viewModel, list, 1));
        for (Button b : List.of(edit, remove, up, down)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                move(viewModel, list, event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });

        TextField name = Controls.describe(new TextField(), "review-sign-name", "review.sign.name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<String> role = RecordListEditing.roles("review-sign-role", "review.sign.role",
                viewModel.roleProperty(), ROLE_KEYS);
        TextField organisation = Controls.describe(new TextField(), "review-sign-organisation",
                "review.sign.organisation");
        organisation.textProperty().bindBidirectional(viewModel.organisationProperty());
        DatePicker date = Controls.describe(new DatePicker(), "review-sign-date", "review.sign.date");
        date.setConverter(new UkDateConverter());
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        date.getStyleClass().add("date-field");
        CheckBox consent = Controls.describe(new CheckBox(tr("review.sign.consent")), "review-sign-consent",
                "review.sign.consent");
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(viewModel.consentProperty());
        var editing = viewModel.editingProperty().isNotNull();
        Button add = Controls.button("review-signatory-add", "review.signatory.add");
        RecordListEditing.addOrSave(add, editing, "review.signatory.add", "review.signatory.save");
        organisation.setOnAction(event -> add.fire());
        Button cancel = Controls.button("review-signatory-cancel", "review.signatory.cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        VBox nameField = labelled("review.sign.name", name);
        VBox organisationField = labelled("review.sign.organisation", organisation);
        HBox.setHgrow(nameField, Priority.ALWAYS);
        HBox.setHgrow(organisationField, Priority.ALWAYS);
        VBox form = new VBox(6, row(nameField, labelled("review.sign.role", role)),
                row(organisationField, labelled("review.sign.date", date)), WalkthroughControls.buttons(consent, add, cancel));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = RecordListEditing.editHint("review-signatory-editing", editing, "review.signatory.editing");
        RecordListEditing.announceEditing(name, editing, hint);
        Label message = WalkthroughControls.label("review-signatory-message", viewModel.messageProperty());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        Label heading = WalkthroughControls.sectionLabel("review.sign.heading", list);
        root = new VBox(6, heading, list, WalkthroughControls.buttons(edit, remove, up, down), hint, form, message);
        root.setId("review-pledge");
        RecordListEditing.wire(new RecordListEditing.Parts<>(root, list, name, add, edit, cancel),
                viewModel.editingProperty(), viewModel::isEditable, viewModel::edit, viewModel::save,
                viewModel::cancelEdit, role, date);
    }

    private static void move(SignatoriesViewModel viewModel, ListView<SignatoriesViewModel.Listed> list, int by) {
        SignatoriesViewModel.Listed selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        viewModel.move(selected, by);
        // The moved signatory stays selected at its new place, so the key can be pressed again.
        int index = list.getItems().indexOf(viewModel.at(selected.index() + by));
        if (index >= 0 && list.getItems().get(index).signatory().equals(selected.signatory())) {
            list.getSelectionModel().select(index);
            list.getFocusModel().focus(index);
        }
    }

    /** "Sam Patel, Head teacher, Oak Hill Primary — signed 20 Nov 2026 (may be published)". */
    static String line(SignatoriesViewModel.Listed listed) {
        PledgeSignatory s = listed.signatory();
        return tr(s.consentToPublish() ? "review.signatory.linePublished" : "review.signatory.linePrivate",
                listed.index() + 1, s.name(), s.role(), s.organisation(), Dates.shortDay(s.signedOn()));
    }

    Node node() {
        return root;
    }
}
