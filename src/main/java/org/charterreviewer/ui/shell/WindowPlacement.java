package org.charterreviewer.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: on the screen it was left on if its title bar is still on one
 * (laptops leave docks), else centred on the main screen; never bigger than the part of that screen
 * not taken by task bars and menu bars, so the title and menu bar are always in sight.
 */
public final class WindowPlacement {

    /** How far below its top edge the title bar is still grabbed: it must be on a screen. */
    private static final double TITLE_BAR = 20;

    private WindowPlacement() {
    }

    /**
     * @param saved   the geometry the window was left with, or the default
     * @param screens the visual bounds of every connected screen
     * @param primary the visual bounds of the main screen
     */
    public static WindowGeometry place(WindowGeometry saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Optional<Rectangle2D> savedScreen = saved.hasPosition()
                ? screens.stream().filter(bounds -> bounds.contains(saved.x() + saved.width() / 2, saved.y() + TITLE_BAR)
                        || bounds.contains(saved.x() + TITLE_BAR, saved.y() + TITLE_BAR)).findFirst()
                : Optional.empty();
        Rectangle2D screen = savedScreen.orElse(primary);
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        double x;
        double y;
        if (savedScreen.isPresent()) {
            x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
            y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        } else {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        return new WindowGeometry(x, y, width, height, saved.maximized());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
