package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.ProtectionFixtures.MARKER;
import static org.charterreviewer.protection.ProtectionFixtures.PASSPHRASE;
import static org.charterreviewer.protection.ProtectionFixtures.encrypted;
import static org.charterreviewer.protection.ProtectionFixtures.rawFileContains;
import static org.charterreviewer.protection.ProtectionFixtures.readSetting;
import static org.charterreviewer.protection.ProtectionFixtures.rowCounts;
import static org.charterreviewer.protection.ProtectionFixtures.writeMarker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionAtRestTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenCannotBeFoundInTheRawFileButIsInAnUnencryptedControl() throws Exception {
        Path secure = dir.resolve("secure");
        Path control = dir.resolve("control");
        try (Workspace workspace = Workspace.open(encrypted(secure))) {
            writeMarker(workspace, null);
        }
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(control))) {
            writeMarker(workspace, null);
        }
        assertThat(rawFileContains(DataFolder.at(control).databaseFile(), MARKER)).isTrue();
        assertThat(rawFileContains(DataFolder.at(secure).databaseFile(), MARKER)).isFalse();
        assertThat(DatabaseState.of(DataFolder.at(secure).databaseFile())).isEqualTo(DatabaseState.ENCRYPTED);
        try (Workspace workspace = Workspace.open(encrypted(secure))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
    }

    @Test
    void theKeyFileHoldsTheDerivationButNoSecret() throws Exception {
        Path secure = dir.resolve("secure");
        Workspace.open(encrypted(secure)).close();
        String keyFile = Files.readString(KeyFile.pathIn(secure), StandardCharsets.UTF_8);
        assertThat(keyFile).contains("PBKDF2WithHmacSHA256", "210000", "salt").doesNotContain(PASSPHRASE);
        KeyFile read = KeyFile.read(secure);
        assertThat(read.iterations()).isGreaterThanOrEqualTo(210_000);
        assertThat(read.saltBytes()).hasSize(16);
    }

    @Test
    void aWrongPassphraseIsRefusedAndLeavesTheFileUntouched() throws Exception {
        Path secure = dir.resolve("secure");
        try (Workspace workspace = Workspace.open(encrypted(secure))) {
            writeMarker(workspace, null);
        }
        Path file = DataFolder.at(secure).databaseFile();
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(encrypted(secure, "not the right one at all")))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("does not open this data folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        // And the folder is not left locked: the right passphrase still opens it.
        try (Workspace workspace = Workspace.open(encrypted(secure))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
    }

    @Test
    void anEncryptedFolderOpenedWithoutPassphraseSaysItNeedsOne() throws Exception {
        Path secure = dir.resolve("secure");
        Workspace.open(encrypted(secure)).close();
        assertThatThrownBy(() -> Workspace.open(WorkspaceOptions.at(secure)))
                .isInstanceOf(PassphraseNeededException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void anUnencryptedFolderFromAnEarlierVersionIsEncryptedOnceWithTheSameRows() throws Exception {
        Path old = dir.resolve("old");
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(old))) {
            writeMarker(workspace, new byte[] {1, 2, 3});
        }
        DataFolder folder = DataFolder.at(old);
        Map<String, Long> before = rowCounts(folder, null);
        assertThat(rawFileContains(folder.databaseFile(), MARKER)).isTrue();

        try (Workspace workspace = Workspace.open(encrypted(old))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
        assertThat(DatabaseState.of(folder.databaseFile())).isEqualTo(DatabaseState.ENCRYPTED);
        assertThat(rawFileContains(folder.databaseFile(), MARKER)).isFalse();
        assertThat(rowCounts(folder, PASSPHRASE)).isEqualTo(before);
        assertThat(old.resolve(".reencrypt")).doesNotExist();
    }

    @Test
    void aMigrationInterruptedAtAnyStepLeavesTheOldFileUsable() throws Exception {
        for (ReencryptionStep step : new ReencryptionStep[] {
            ReencryptionStep.COPIED, ReencryptionStep.ENCRYPTED, ReencryptionStep.VERIFIED}) {
            Path old = dir.resolve("old-" + step);
            try (Workspace workspace = Workspace.open(WorkspaceOptions.at(old))) {
                writeMarker(workspace, null);
            }
            DataFolder folder = DataFolder.at(old);
            DatabaseEncryption crashing = new DatabaseEncryption(failAt(step));
            assertThatThrownBy(() -> crashing.unlock(folder, PASSPHRASE.toCharArray()))
                    .isInstanceOf(SimulatedCrash.class);
            assertThat(DatabaseState.of(folder.databaseFile())).as(step.name()).isEqualTo(DatabaseState.PLAIN);
            try (Workspace workspace = Workspace.open(WorkspaceOptions.at(old))) {
                assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
            }
            // The next start finishes the job.
            try (Workspace workspace = Workspace.open(encrypted(old))) {
                assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
            }
            assertThat(rawFileContains(folder.databaseFile(), MARKER)).isFalse();
        }
    }

    static ReencryptionStep.Hook failAt(ReencryptionStep failing) {
        return step -> {
            if (step == failing) {
                throw new SimulatedCrash(step);
            }
        };
    }

    /** Stands for the process dying at a step. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(ReencryptionStep step) {
            super("crash at " + step);
        }
    }
}
