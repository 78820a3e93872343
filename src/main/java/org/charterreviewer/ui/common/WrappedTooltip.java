package org.charterreviewer.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;

/**
 * A tooltip whose long text wraps at a width counted in ems of its own font. A tooltip's maximum
 * width cannot come from the stylesheet (its skin binds it to the tooltip's), so it follows the
 * font here: larger text makes a wider tooltip instead of one with a few words a line.
 */
public final class WrappedTooltip {

    private WrappedTooltip() {
    }

    /** An empty tooltip that wraps at {@code ems} of its font's size. */
    public static Tooltip wrappingAt(double ems) {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> tooltip.getFont().getSize() * ems, tooltip.fontProperty()));
        return tooltip;
    }
}
