package org.charterreviewer.ui.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.charterreviewer.protection.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the window's geometry in the data folder; a missing or damaged file means the default. */
public final class WindowGeometryStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowGeometryStore.class);

    private final Path file;
    private final ObjectMapper json;

    public WindowGeometryStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    public WindowGeometry load() {
        if (!Files.isRegularFile(file)) {
            return WindowGeometry.DEFAULT;
        }
        try {
            WindowGeometry geometry = json.readValue(file.toFile(), WindowGeometry.class);
            return geometry.worthRestoring() ? geometry : WindowGeometry.DEFAULT;
        } catch (IOException e) {
            LOG.info("Window settings unreadable; using the default size");
            return WindowGeometry.DEFAULT;
        }
    }

    /**
     * Reads a geometry from text with {@code json}, so that Jackson's record reading is loaded before
     * the main window reads the real one on the FX thread (0.06-0.2 s there when cold; unlocking,
     * docs/PERFORMANCE.md, eighth pass). Never fails; off the FX thread.
     */
    public static void warmUp(ObjectMapper json) {
        try {
            json.readValue("{\"x\":0,\"y\":0,\"width\":1280,\"height\":820,\"maximized\":false}",
                    WindowGeometry.class);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Window geometry warm-up stopped ({})", e.getClass().getSimpleName());
        }
    }

    public void save(WindowGeometry geometry) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), geometry);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the window settings", RedactedFailure.of(e));
        }
    }
}
