package org.charterreviewer.ui.shell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps text size and contrast in the data folder; a missing or damaged file means the defaults. */
public final class AppearanceStore {

    private static final Logger LOG = LoggerFactory.getLogger(AppearanceStore.class);

    private final Path file;
    private final ObjectMapper json;

    public AppearanceStore(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    public AppearanceSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppearanceSettings.DEFAULT;
        }
        try {
            return json.readValue(file.toFile(), AppearanceSettings.class);
        } catch (IOException e) {
            LOG.info("Appearance settings unreadable; using the defaults");
            return AppearanceSettings.DEFAULT;
        }
    }

    public void save(AppearanceSettings settings) {
        try {
            AtomicFileWriter.write(file, out -> json.writeValue(out, settings));
        } catch (IOException e) {
            LOG.warn("Could not save the appearance settings", RedactedFailure.of(e));
        }
    }
}
