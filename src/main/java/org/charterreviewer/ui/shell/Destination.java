package org.charterreviewer.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The places the main window's navigation leads to, in the order the sidebar shows them. */
public enum Destination {
    REVIEWS("reviews", KeyCode.DIGIT1),
    SCHOOLS("schools", KeyCode.DIGIT2),
    CHARTERS("charters", KeyCode.DIGIT3),
    VERIFY("verify", KeyCode.DIGIT4);

    private final String key;
    private final KeyCode digit;

    Destination(String key, KeyCode digit) {
        this.key = key;
        this.digit = digit;
    }

    /** Used for ids ({@code #nav-reviews}) and resource keys ({@code nav.reviews}). */
    public String key() {
        return key;
    }

    public KeyCombination accelerator() {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }
}
