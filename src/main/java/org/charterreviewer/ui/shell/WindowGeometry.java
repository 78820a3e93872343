package org.charterreviewer.ui.shell;

/** Where the main window was and how big, so it reopens as the officer left it. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1280, 820, false);

    /** Sizes below this are not worth restoring (a window shrunk by accident). */
    public boolean worthRestoring() {
        return width >= 640 && height >= 480;
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
