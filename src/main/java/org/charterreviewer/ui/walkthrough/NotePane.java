package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Controls;

/** The note on the item shown; Tab leaves it, and leaving writes what was typed. */
final class NotePane {

    private final VBox root;

    NotePane(NoteViewModel viewModel, ReadOnlyBooleanProperty editable) {
        TextArea note = Controls.describe(new TextArea(), "review-note", "review.note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.textProperty().bindBidirectional(viewModel.textProperty());
        note.focusedProperty().addListener((obs, before, focused) -> {
            if (!focused) {
                viewModel.flush();
            }
        });
        note.editableProperty().bind(editable);
        WalkthroughControls.tabLeaves(note);
        CheckBox internal = Controls.describe(new CheckBox(tr("review.note.internal")), "review-note-internal",
                "review.note.internal");
        internal.setMnemonicParsing(true);
        internal.selectedProperty().bindBidirectional(viewModel.internalProperty());
        internal.disableProperty().bind(editable.not());
        root = new VBox(6, WalkthroughControls.sectionLabel("review.note", note), note, internal);
    }

    Node node() {
        return root;
    }
}
