package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.charterreviewer.ui.common.Styles;

/** The few controls every pane of the walkthrough makes the same way. */
final class WalkthroughControls {

    private WalkthroughControls() {
    }

    /** A read-only line bound to the view model, read out as it is shown. */
    static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setFocusTraversable(false);
        label.accessibleTextProperty().bind(text);
        return label;
    }

    /** The heading of one part of the item, with its mnemonic focusing {@code labelFor}. */
    static Label sectionLabel(String key, Node labelFor) {
        Label label = new Label(tr(key));
        label.setMnemonicParsing(true);
        label.getStyleClass().add("panel-heading");
        label.setWrapText(true);
        label.setLabelFor(labelFor);
        return label;
    }

    /** A field with its name above it, which stays when the officer types (a prompt text would vanish). */
    static VBox labelled(String key, Node field) {
        Label label = new Label(tr(key));
        label.setMnemonicParsing(true);
        label.getStyleClass().add("field-label");
        // A long name wraps above its field instead of widening the row past the window at large text.
        label.setWrapText(true);
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    static Label placeholder(String key) {
        Label label = new Label(tr(key));
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    /** Lists of recorded entries (voices, actions, signatories, revisions): a few rows high, in ems. */
    static final String RECORD_LIST = "record-list";

    /** A row of buttons that wraps onto a second line when large text leaves no room for them side by side. */
    static FlowPane buttons(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }

    /**
     * Tab and Shift+Tab leave a text area for the next or previous control instead of typing a tab
     * character, which would end up in the school's report. Ctrl+Tab is the area's own way to move
     * on, so the key is handed on as that.
     */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(event.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        event.isShiftDown(), true, false, false));
            }
        });
    }
}
