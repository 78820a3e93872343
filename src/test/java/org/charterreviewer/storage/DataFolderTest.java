package org.charterreviewer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void explicitFolderWinsOverTheEnvironment() {
        DataFolder folder = DataFolder.resolve(Optional.of(Path.of("/tmp/explicit")),
                Map.of(DataFolder.HOME_VARIABLE, "/tmp/env"), "Linux", "/home/officer");
        assertThat(folder.root()).isEqualTo(Path.of("/tmp/explicit"));
    }

    @Test
    void environmentVariableWinsOverTheSystemDefault() {
        DataFolder folder = DataFolder.resolve(Optional.empty(),
                Map.of(DataFolder.HOME_VARIABLE, "/tmp/env"), "Linux", "/home/officer");
        assertThat(folder.root()).isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void windowsUsesAppData() {
        Path folder = DataFolder.defaultFor(Map.of("APPDATA", "/c/Users/officer/AppData/Roaming"),
                "Windows 11", "/c/Users/officer");
        assertThat(folder).isEqualTo(Path.of("/c/Users/officer/AppData/Roaming", "Charter Reviewer"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.defaultFor(Map.of(), "Mac OS X", "/Users/officer"))
                .isEqualTo(Path.of("/Users/officer/Library/Application Support/Charter Reviewer"));
    }

    @Test
    void linuxUsesXdgDataHomeThenLocalShare() {
        assertThat(DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/officer"))
                .isEqualTo(Path.of("/data/charter-reviewer"));
        assertThat(DataFolder.defaultFor(Map.of(), "Linux", "/home/officer"))
                .isEqualTo(Path.of("/home/officer/.local/share/charter-reviewer"));
    }

    @Test
    void databaseFileIsTheOneH2File() {
        DataFolder folder = DataFolder.at(Path.of("/tmp/x"));
        assertThat(folder.databaseFile()).hasFileName("charter-reviewer.mv.db");
        assertThat(folder.logsFolder()).isEqualTo(Path.of("/tmp/x/logs"));
    }
}
