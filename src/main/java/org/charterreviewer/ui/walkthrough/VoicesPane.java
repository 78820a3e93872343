package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.labelled;
import static org.charterreviewer.ui.walkthrough.WalkthroughControls.row;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.charterreviewer.review.Voice;
import org.charterreviewer.ui.common.Controls;
import org.charterreviewer.ui.common.Styles;

/** What people said about the item: the list, and the form (with labels that stay) to add or edit one. */
final class VoicesPane {

    private final VBox root;

    VoicesPane(VoicesViewModel viewModel) {
        ListView<Voice> list = Controls.describe(new ListView<>(viewModel.voices()), "review-voices", "review.voices");
        list.getStyleClass().add(WalkthroughControls.RECORD_LIST);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Voice voice, boolean empty) {
                super.updateItem(voice, empty);
                setText(empty || voice == null ? null : tr(voice.consentToShare() ? "review.voice.lineShared"
                        : "review.voice.linePrivate", voice.speakerRole(), voice.said()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPlaceholder(WalkthroughControls.placeholder("review.voices.none"));
        RecordListEditing.keepSelectionById(list, Voice::id);
        var selected = list.getSelectionModel().selectedItemProperty();
        Button remove = Controls.button("review-voice-remove", "review.voice.remove");
        remove.setOnAction(event -> viewModel.remove(selected.get()));
        Button edit = Controls.button("review-voice-edit", "review.voice.edit");
        for (Button b : List.of(edit, remove)) {
            b.disableProperty().bind(viewModel.editableProperty().not().or(selected.isNull()));
        }

        ComboBox<String> role = RecordListEditing.roles("review-voice-role", "review.voice.role",
                viewModel.roleProperty());
        TextField said = Controls.describe(new TextField(), "review-voice-said", "review.voice.said");
        said.textProperty().bindBidirectional(viewModel.saidProperty());
        CheckBox consent = Controls.describe(new CheckBox(tr("review.voice.consent")), "review-voice-consent",
                "review.voice.consent");
        consent.setMnemonicParsing(true);
        consent.selectedProperty().bindBidirectional(viewModel.consentProperty());
        var editing = viewModel.editingProperty().isNotNull();
        Button add = Controls.button("review-voice-add", "review.voice.add");
        RecordListEditing.addOrSave(add, editing, "review.voice.add", "review.voice.save");
        Button cancel = Controls.button("review-voice-cancel", "review.voice.cancel");
        cancel.visibleProperty().bind(editing);
        cancel.managedProperty().bind(cancel.visibleProperty());
        VBox saidField = labelled("review.voice.said", said);
        HBox.setHgrow(saidField, Priority.ALWAYS);
        // Two rows, so the words keep their room when the buttons say "Save voice changes".
        VBox form = new VBox(6, row(labelled("review.voice.role", role), saidField), WalkthroughControls.buttons(consent, add, cancel));
        form.disableProperty().bind(viewModel.editableProperty().not());
        Label hint = RecordListEditing.editHint("review-voice-editing", editing, "review.voice.editing");
        RecordListEditing.announceEditing(said, editing, hint);
        Label message = WalkthroughControls.label("review-form-message", viewModel.messageProperty());
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root = new VBox(6, WalkthroughControls.sectionLabel("review.voices", list), list, WalkthroughControls.buttons(edit, remove),
                hint, form, message);
        RecordListEditing.wire(new RecordListEditing.Parts<>(root, list, said, add, edit, cancel),
                viewModel.editingProperty(), viewModel::isEditable, viewModel::edit, viewModel::save,
                viewModel::cancelEdit, role);
    }

    Node node() {
        return root;
    }
}
