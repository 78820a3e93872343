package org.charterreviewer.ui.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps text size and contrast in the data folder; a missing or damaged file means the defaults. */
public final class AppearanceStore {

    private static final Logger LOG = LoggerFactory.getLogger(AppearanceStore.class);

    private final Path file;
    private final Supplier<ObjectMapper> json;
    private ObjectMapper mapper;

    public AppearanceStore(Path file, ObjectMapper json) {
        this(file, () -> json);
    }

    /**
     * Asks for the mapper only when a file is read or written: before the first window there is
     * usually none, and Jackson's first mapper costs a quarter of a second (issue #15).
     */
    public AppearanceStore(Path file, Supplier<ObjectMapper> json) {
        this.file = file;
        this.json = json;
    }

    public AppearanceSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppearanceSettings.DEFAULT;
        }
        try {
            return json().readValue(file.toFile(), AppearanceSettings.class);
        } catch (IOException e) {
            LOG.info("Appearance settings unreadable; using the defaults");
            return AppearanceSettings.DEFAULT;
        }
    }

    public void save(AppearanceSettings settings) {
        try {
            AtomicFileWriter.write(file, out -> json().writeValue(out, settings));
        } catch (IOException e) {
            LOG.warn("Could not save the appearance settings", RedactedFailure.of(e));
        }
    }

    private synchronized ObjectMapper json() {
        if (mapper == null) {
            mapper = json.get();
        }
        return mapper;
    }
}
