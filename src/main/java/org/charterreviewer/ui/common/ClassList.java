package org.charterreviewer.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A list of class names kept as a resource (one a line, {@code #} comments), loaded and linked
 * ahead of need on a background thread: the warm-ups' way of taking class loading off the FX thread
 * (docs/PERFORMANCE.md, issue #15). Nothing is initialised, so no JavaFX code runs off the FX thread.
 */
public final class ClassList {

    private ClassList() {
    }

    /** The names in the resource {@code name} beside {@code anchor}. */
    public static List<String> read(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Class list not bundled: " + name);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and links (verifies) each class without initialising it: asking for a class's
     * constructors is what links it in HotSpot. Returns how many were found; a name this JavaFX or
     * this build no longer has is skipped (whoever needs the class then loads it itself).
     */
    public static int loadAndLink(List<String> names, ClassLoader loader) {
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader).getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Another JavaFX version or a renamed class: loaded when needed, as before.
            }
        }
        return loaded;
    }
}
