package org.charterreviewer.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog on the screen: at large text sizes a dialog would open as big as its contents and
 * put its buttons below the screen's edge. Its contents then scroll inside it instead.
 */
public final class OnScreen {

    /** The most of the screen's width and height a dialog takes. */
    private static final double SHARE = 0.9;

    private OnScreen() {
    }

    /** Once shown, the dialog shrinks to fit the screen its owner is on, centred there. */
    public static void keep(Dialog<?> dialog) {
        // A listener, not setOnShown, so the dialog's own handler (focusing a field) stays.
        dialog.showingProperty().addListener((observable, was, showing) -> {
            if (showing) {
                fit(dialog);
            }
        });
    }

    private static void fit(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        Window owner = dialog.getOwner();
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                        .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        window.setWidth(Math.min(window.getWidth(), screen.getWidth() * SHARE));
        window.setHeight(Math.min(window.getHeight(), screen.getHeight() * SHARE));
        window.setX(screen.getMinX() + (screen.getWidth() - window.getWidth()) / 2);
        window.setY(screen.getMinY() + (screen.getHeight() - window.getHeight()) / 2);
    }
}
