package org.charterreviewer.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;

/**
 * Puts the keyboard in a dialog's first field when the dialog opens, so a keyboard user types
 * straight into the form instead of into the Close button.
 *
 * <p>Why not a plain {@code requestFocus()} when shown: a dialog with a default button focuses
 * that button after its shown handlers ran, so the request waits for the next turn of the event
 * loop; and a form inside a ScrollPane may not be in the scene even then (the ScrollPane's skin
 * adds it during a pulse), so the request waits for the field to join the scene. A request made
 * too early is silently ignored and JavaFX gives the focus to the first button it finds, Close.
 */
public final class FirstFocus {

    private FirstFocus() {
    }

    /** When {@code dialog} shows, {@code field} gets the focus, as soon as it is in the scene. */
    public static void on(Dialog<?> dialog, Node field) {
        dialog.setOnShown(event -> Platform.runLater(() -> whenInScene(field)));
    }

    /** Focuses {@code field} now if it is in a scene, otherwise the moment it joins one. */
    public static void whenInScene(Node field) {
        if (field.getScene() != null) {
            field.requestFocus();
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene before, Scene after) {
                if (after != null) {
                    field.sceneProperty().removeListener(this);
                    field.requestFocus();
                }
            }
        };
        field.sceneProperty().addListener(once);
    }
}
