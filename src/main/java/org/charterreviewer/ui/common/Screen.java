package org.charterreviewer.ui.common;

import javafx.scene.Node;

/**
 * A screen the main window can show. It binds to its view model when shown and lets go when
 * hidden, so screens that come and go leak nothing.
 */
public interface Screen {

    Node node();

    default void onShow() {
    }

    default void onHide() {
    }

    /** The control that should have focus when the screen appears, for keyboard users. */
    default Node initialFocus() {
        return node();
    }
}
