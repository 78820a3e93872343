package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.ui.walkthrough.WalkthroughControls.labelled;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.row;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/**
 * The follow-up actions of the item: the list (Space marks done) and the form to add or edit one.
 * The due date is typed the UK way; a date that cannot be read is said in red beside the field.
 */
final class ActionsPane {

    private final VBox root;

    ActionsPane(ActionsViewModel viewModel) {
        ListView<FollowUpAction> list = Controls.describe(new ListView<>(viewModel.actions()), "review-actions",
                "review.actions");
        list.getStyleClass().add(WalkthroughControls.RECORD_LIST);
        list.setPlaceholder(WalkthroughControls.placeholder("review.actions.none"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpAction action, boolean empty) {
                super.updateItem(action, empty);
                setText(empty || action == null ? null : ActionsViewModel.lineOf(action));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        RecordListEditing.keepSelectionById(list, FollowUpAction::id);
        var selected = list.getSelectionModel().selectedItemProperty();
        Button done = Controls.button("review-action-done", "review.action.done");
        done.setOnAction(event -> viewModel.toggleDone(selected.get()));
        Button remove = Controls.button("review-action-remove", "review.action.remove");
        remove.setOnAction(event -> viewModel.remove(selected.get()));
        Button edit = Controls.button("review-action-edit", "review.action.edit");
        for (Button b : List.of(edit, done, remove)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && selected.get() != null
                    && viewModel.isEditable()) {
                viewModel.toggleDone(selected.get());
                event.consume();
            }
        });

        TextField what = Controls.describe(new TextField(), "review-action-what", "review.action.what");
        what.textProperty().bindBidirectional(viewModel.whatProperty());
        ComboBox<String> owner = RecordListEditing.roles("review-action-owner", "review.action.owner",
                viewModel.ownerProperty());
        TextField due = Controls.describe(new TextField(), "review-action-due", "review.action.due");
        due.textProperty().bindBidirectional(viewModel.dueProperty());
        due.setPrefColumnCount(10);
        // Enter in the date saves, as Enter in the description does.
        due.setOnAction(event -> {
            if (what.getOnAction() != null) {
                what.getOnAction().handle(event);
            }
        });
        Label dueError = WalkthroughControls.label("review-action-due-error", viewModel.dueErrorProperty());
        dueError.getStyleClass().add(Styles.ERROR_TEXT);
        dueError.visibleProperty().bind(viewModel.dueErrorProperty().isNotEmpty());
        dueError.managedProperty().bind(dueError.visibleProperty());
        // The field says it is wrong, to the eye and to a screen reader, until the date can be read.
        viewModel.dueErrorProperty().addListener((obs, before, error) -> {
            due.getStyleClass().remove(Styles.ERROR_TEXT);
            if (!error.isEmpty()) {
                due.getStyleClass().add(Styles.ERROR_TEXT);
            }
        });
        VBox whatField = labelled("review.action.what", what);
        VBox dueField = labelled("review.action.due", due);
        // The date stays whole; its name above wraps if the row is short of room.
        due.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var editing = viewModel.editingProperty().isNotNull();
        Button add = Controls.button("review-action-add", "review.action.add");
        RecordListEditing.addOrSave(add, editing, "review.action.add", "review.action.save");
        Button cancel = Controls.button("review-action-cancel", "review.action.cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        // The error goes under the whole row, so a long message never squeezes the other fields.
        // What is to be done has the whole width; who and by when share the row under it.
        VBox form = new VBox(6, whatField, row(labelled("review.action.owner", owner), dueField), dueError,
                WalkthroughControls.buttons(add, cancel));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = RecordListEditing.editHint("review-action-editing", editing, "review.action.editing");
        RecordListEditing.announceEditing(what, editing, hint);
        Label message = WalkthroughControls.label("review-action-message", viewModel.messageProperty());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root = new VBox(6, WalkthroughControls.sectionLabel("review.actions", list), list,
                WalkthroughControls.buttons(edit, done, remove), hint, form, message);
        RecordListEditing.wire(new RecordListEditing.Parts<>(root, list, what, add, edit, cancel),
                viewModel.editingProperty(), viewModel::isEditable, viewModel::edit, viewModel::save,
                viewModel::cancelEdit, owner);
    }

    Node node() {
        return root;
    }
}
