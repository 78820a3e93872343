package org.charterreviewer.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads and links listed classes on a background thread, so that the FX thread later finds them
 * ready instead of loading and verifying them between frames (docs/PERFORMANCE.md, issue #15).
 * The lists are resources beside the class that uses them, one name a line ({@code #} comments).
 */
public final class ClassListWarmUp {

    private ClassListWarmUp() {
    }

    /**
     * Loads and links (verifies) each named class without initialising it: none of its code runs,
     * so JavaFX classes are safe off the FX thread. Asking for a class's constructors is what links
     * it in HotSpot. Returns how many were found; a missing name only leaves its loading for later.
     */
    public static int loadAndLink(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader).getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Another library version, or a class renamed since the list was taken.
            }
        }
        return loaded;
    }

    /** The names in the resource {@code list} beside {@code owner}. */
    public static List<String> names(Class<?> owner, String list) {
        try (InputStream in = owner.getResourceAsStream(list);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
