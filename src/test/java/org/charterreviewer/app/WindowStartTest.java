package org.charterreviewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DataFolderInUseException;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.ui.common.ClassList;
import org.charterreviewer.ui.shell.AppearanceSettings;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start prepared while JavaFX starts (the launcher's way) gives the application what
 * preparing it on the spot gives, holds the folder's lock from the start, and lets go of a folder
 * it was not asked for.
 */
class WindowStartTest {

    @TempDir
    Path dir;

    @Test
    void begunBeforeJavaFxItHoldsTheEncryptedFoldersLockAndReadsTheOfficersAppearance() throws IOException {
        Path data = encryptedFolder();
        Files.writeString(data.resolve("appearance.json"), "{\"textSize\":200,\"highContrast\":true}");

        WindowStart.begin(Optional.of(data));
        WindowStart.Prepared prepared = WindowStart.take(Optional.of(data));
        try {
            assertThat(prepared.failure()).isNull();
            assertThat(prepared.state()).isEqualTo(DatabaseState.ENCRYPTED);
            assertThat(prepared.appearance()).isEqualTo(new AppearanceSettings(200, true));
            assertThat(prepared.folder().root()).isEqualTo(data.toAbsolutePath().normalize());
            // A second copy is told at once, before any passphrase is asked for.
            assertThatThrownBy(() -> InstanceLock.acquire(DataFolder.at(data)))
                    .isInstanceOf(DataFolderInUseException.class);
        } finally {
            prepared.lock().close();
        }
    }

    @Test
    void notBegunItIsPreparedWhenTakenAndAFolderInUseIsTheFailure() {
        Path data = encryptedFolder();
        try (InstanceLock other = InstanceLock.acquire(DataFolder.at(data))) {
            WindowStart.Prepared prepared = WindowStart.take(Optional.of(data));

            assertThat(prepared.failure()).isInstanceOf(DataFolderInUseException.class);
            assertThat(prepared.lock()).isNull();
            assertThat(prepared.appearance()).isEqualTo(AppearanceSettings.DEFAULT);
        }
    }

    @Test
    void begunForAnotherFolderItLetsThatFolderGo() {
        Path begun = dir.resolve("begun");
        Path asked = dir.resolve("asked");

        WindowStart.begin(Optional.of(begun));
        WindowStart.Prepared prepared = WindowStart.take(Optional.of(asked));
        try {
            assertThat(prepared.state()).isEqualTo(DatabaseState.NEW);
            assertThat(prepared.folder().root()).isEqualTo(asked.toAbsolutePath().normalize());
            InstanceLock.acquire(DataFolder.at(begun)).close();
        } finally {
            prepared.lock().close();
        }
    }

    /** A JavaFX upgrade or a renamed class would otherwise drop names from the list without a word. */
    @Test
    void everyClassOfTheFirstWindowListIsFoundAndLinked() {
        var names = ClassList.read(WindowStart.class, WindowStart.FIRST_WINDOW_CLASSES);

        assertThat(names).hasSizeGreaterThan(1000).contains("org.charterreviewer.ui.protection.PassphraseView");
        assertThat(ClassList.loadAndLink(names, WindowStart.class.getClassLoader())).isEqualTo(names.size());
    }

    private Path encryptedFolder() {
        Path data = dir.resolve("data");
        Workspace.open(WorkspaceOptions.at(data).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray())).close();
        return data;
    }
}
