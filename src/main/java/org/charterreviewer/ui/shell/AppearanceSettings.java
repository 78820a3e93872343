package org.charterreviewer.ui.shell;

import java.util.List;

/**
 * How big the text is (in per cent of the system's size) and whether the high-contrast theme is on.
 * {@code highContrast} is null until the officer chooses, so the operating system's wish applies.
 */
public record AppearanceSettings(int textSize, Boolean highContrast) {

    /** The steps of View → Larger text / Smaller text; 200 % still lays out at 1366×768. */
    public static final List<Integer> TEXT_SIZES = List.of(90, 100, 110, 125, 150, 175, 200);

    public static final AppearanceSettings DEFAULT = new AppearanceSettings(100, null);

    public AppearanceSettings {
        if (!TEXT_SIZES.contains(textSize)) {
            textSize = 100;
        }
    }

    public AppearanceSettings larger() {
        int index = TEXT_SIZES.indexOf(textSize);
        return withTextSize(TEXT_SIZES.get(Math.min(index + 1, TEXT_SIZES.size() - 1)));
    }

    public AppearanceSettings smaller() {
        int index = TEXT_SIZES.indexOf(textSize);
        return withTextSize(TEXT_SIZES.get(Math.max(index - 1, 0)));
    }

    public AppearanceSettings withTextSize(int size) {
        return new AppearanceSettings(size, highContrast);
    }

    public AppearanceSettings withHighContrast(boolean on) {
        return new AppearanceSettings(textSize, on);
    }

    /** The theme to show: the officer's choice, else what the operating system asks for. */
    public boolean highContrastOr(boolean systemAsks) {
        return highContrast == null ? systemAsks : highContrast;
    }
}
