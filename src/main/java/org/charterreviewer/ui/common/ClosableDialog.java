package org.charterreviewer.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/**
 * The frame of a settings dialog whose own buttons act at once (File → Retention…, Council
 * database…): owned by the main window and styled like it, resizable, kept on the screen at large
 * text, with Close as its one button (Escape closes it too).
 */
public final class ClosableDialog {

    private ClosableDialog() {
    }

    /**
     * The same frame around a form that scrolls: at large text on a small screen the form scrolls
     * inside the dialog kept on the screen, and Close stays in sight below it.
     */
    public static Dialog<Void> scrolling(Window owner, String title, Node form, String scrollId) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setId(scrollId);
        return around(owner, title, scroll);
    }

    public static Dialog<Void> around(Window owner, String title, Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        OnScreen.keep(dialog);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setResizable(true);
        return dialog;
    }
}
