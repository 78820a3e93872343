package org.charterreviewer.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
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

    /**
     * Makes a shown window taller when its contents grew (a longer message arrived), never shorter,
     * and never taller than the share of the screen it is on: past that its contents scroll.
     */
    public static void growToFit(Window window) {
        Scene scene = window == null ? null : window.getScene();
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        double needed = scene.getRoot().prefHeight(scene.getWidth());
        double most = screenOf(window).getHeight() * SHARE;
        double height = Math.min(window.getHeight() + needed - scene.getHeight(), most);
        if (height > window.getHeight()) {
            window.setHeight(height);
            Rectangle2D screen = screenOf(window);
            window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - height)));
        }
    }

    private static Rectangle2D screenOf(Window window) {
        return window == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight())
                        .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    private static void fit(Dialog<?> dialog) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = screenOf(dialog.getOwner());
        window.setWidth(Math.min(window.getWidth(), screen.getWidth() * SHARE));
        window.setHeight(Math.min(window.getHeight(), screen.getHeight() * SHARE));
        window.setX(screen.getMinX() + (screen.getWidth() - window.getWidth()) / 2);
        window.setY(screen.getMinY() + (screen.getHeight() - window.getHeight()) / 2);
    }
}
