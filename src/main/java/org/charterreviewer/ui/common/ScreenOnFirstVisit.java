package org.charterreviewer.ui.common;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A screen the main window builds when the officer first goes to it, not when the window opens
 * (issue #15: the main window shown within a second of the database opening). Once built it is
 * the same screen as before: kept, shown and hidden as every other.
 */
public final class ScreenOnFirstVisit implements Screen {

    private final FirstUse<Screen> screen;

    public ScreenOnFirstVisit(Supplier<? extends Screen> factory) {
        this.screen = FirstUse.of(factory);
    }

    /** The screen, built now if it was not yet. */
    public Screen screen() {
        return screen.get();
    }

    @Override
    public Node node() {
        return screen.get().node();
    }

    @Override
    public void onShow() {
        screen.get().onShow();
    }

    @Override
    public void onHide() {
        if (screen.isBuilt()) {
            screen.get().onHide();
        }
    }

    @Override
    public Node initialFocus() {
        return screen.get().initialFocus();
    }
}
