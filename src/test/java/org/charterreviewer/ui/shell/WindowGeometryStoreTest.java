package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.json.JsonMapperFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowGeometryStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedGeometryComesBackExactly() {
        WindowGeometryStore store = new WindowGeometryStore(dir.resolve("window.json"), JsonMapperFactory.create());
        WindowGeometry geometry = new WindowGeometry(120, 80, 1100, 700, true);
        store.save(geometry);
        assertThat(store.load()).isEqualTo(geometry);
    }

    @Test
    void missingDamagedOrTinyGeometryFallsBackToTheDefault() throws Exception {
        Path file = dir.resolve("window.json");
        WindowGeometryStore store = new WindowGeometryStore(file, JsonMapperFactory.create());
        assertThat(store.load()).isEqualTo(WindowGeometry.DEFAULT);
        Files.writeString(file, "{ not json");
        assertThat(store.load()).isEqualTo(WindowGeometry.DEFAULT);
        store.save(new WindowGeometry(0, 0, 200, 100, false));
        assertThat(store.load()).isEqualTo(WindowGeometry.DEFAULT);
    }
}
