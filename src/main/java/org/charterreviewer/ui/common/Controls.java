package org.charterreviewer.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.charterreviewer.i18n.Messages;

/**
 * Small factory for controls that every screen makes the same way: an id for tests, an accessible
 * text for screen readers and a tooltip, all from the resource bundle.
 */
public final class Controls {

    private Controls() {
    }

    /** A button whose text is {@code key}, tooltip {@code key + ".tooltip"} if present. */
    public static Button button(String id, String key) {
        Button button = new Button(Messages.tr(key));
        button.setMnemonicParsing(true);
        describe(button, id, key);
        return button;
    }

    /** Gives a control its id, accessible text and tooltip. */
    public static <C extends Control> C describe(C control, String id, String key) {
        control.setId(id);
        String tooltipKey = key + ".tooltip";
        String tooltip = Messages.tr(tooltipKey);
        String accessible = tooltip.equals(tooltipKey) ? Messages.tr(key).replace("_", "") : tooltip;
        control.setAccessibleText(accessible);
        control.setTooltip(new Tooltip(accessible));
        return control;
    }
}
