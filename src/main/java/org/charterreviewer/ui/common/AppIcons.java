package org.charterreviewer.ui.common;

import java.net.URL;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The app icon on the class path, drawn from {@code icons/charter-reviewer.svg} by
 * {@code icons/build-icons.sh}: every size for the window (the system picks the one it needs) and
 * one for the About dialog.
 */
public final class AppIcons {

    /** The sizes copied to the class path; the system picks one for the title bar, taskbar and Alt+Tab. */
    public static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    public static final int ABOUT_SIZE = 64;

    private AppIcons() {
    }

    /** The class-path URL of the icon drawn at {@code size} pixels, as a string for {@link Image}. */
    public static String url(int size) {
        URL url = AppIcons.class.getResource("/org/charterreviewer/ui/icons/charter-reviewer-" + size + ".png");
        if (url == null) {
            throw new IllegalArgumentException("No app icon of " + size + " px on the class path");
        }
        return url.toExternalForm();
    }

    /** Decoded once ({@link ControlsWarmUp} does it off the FX thread); images are immutable. */
    private static List<Image> windowIcons;

    /** Every window size, loaded; for {@code stage.getIcons()}. Any thread (JavaFX decodes images on any). */
    public static synchronized List<Image> windowIcons() {
        if (windowIcons == null) {
            windowIcons = WINDOW_SIZES.stream().map(size -> new Image(url(size))).toList();
        }
        return windowIcons;
    }
}
