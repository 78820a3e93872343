package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.EncryptionAtRestTest.failAt;
import static org.charterreviewer.protection.ProtectionFixtures.MARKER;
import static org.charterreviewer.protection.ProtectionFixtures.PASSPHRASE;
import static org.charterreviewer.protection.ProtectionFixtures.encrypted;
import static org.charterreviewer.protection.ProtectionFixtures.rawFileContains;
import static org.charterreviewer.protection.ProtectionFixtures.readSetting;
import static org.charterreviewer.protection.ProtectionFixtures.writeMarker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {

    static final String NEW_PASSPHRASE = "Seven green owls at midnight";

    @TempDir
    Path dir;

    private DataFolder prepared(String name) throws Exception {
        Path data = dir.resolve(name);
        try (Workspace workspace = Workspace.open(encrypted(data))) {
            writeMarker(workspace, null);
        }
        return DataFolder.at(data);
    }

    @Test
    void afterAChangeOnlyTheNewPassphraseOpensTheFolderAndListenersAreTold() throws Exception {
        DataFolder folder = prepared("data");
        List<String> told = new ArrayList<>();
        DatabaseEncryption encryption = DatabaseEncryption.standard()
                .addListener((oldOne, newOne) -> {
                    // Prepared while the database still opens with the old passphrase only.
                    told.add(new String(oldOne) + "->" + new String(newOne) + " old file in place: "
                            + opensWith(folder, PASSPHRASE));
                    return () -> told.add("moved; new file in place: " + opensWith(folder, NEW_PASSPHRASE));
                });

        encryption.changePassphrase(folder, PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray());

        assertThat(told).containsExactly(PASSPHRASE + "->" + NEW_PASSPHRASE + " old file in place: true",
                "moved; new file in place: true");
        assertThatThrownBy(() -> Workspace.open(encrypted(folder.root())))
                .isInstanceOf(WrongPassphraseException.class);
        try (Workspace workspace = Workspace.open(encrypted(folder.root(), NEW_PASSPHRASE))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
        assertThat(rawFileContains(folder.databaseFile(), MARKER)).isFalse();
    }

    private static boolean opensWith(DataFolder folder, String passphrase) {
        try {
            ProtectionFixtures.rowCounts(folder, passphrase);
            return true;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Test
    void aWrongCurrentPassphraseChangesNothing() throws Exception {
        DataFolder folder = prepared("data");
        byte[] before = Files.readAllBytes(folder.databaseFile());
        assertThatThrownBy(() -> DatabaseEncryption.standard().changePassphrase(folder,
                "Not my passphrase at all".toCharArray(), NEW_PASSPHRASE.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void aWeakNewPassphraseIsRefusedBeforeAnythingHappens() throws Exception {
        DataFolder folder = prepared("data");
        assertThatThrownBy(() -> DatabaseEncryption.standard().changePassphrase(folder,
                PASSPHRASE.toCharArray(), "short".toCharArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10");
        Workspace.open(encrypted(folder.root())).close();
    }

    @Test
    void aChangeInterruptedBeforeTheSwapLeavesTheOldFileUsableWithTheOldPassphrase() throws Exception {
        for (ReencryptionStep step : new ReencryptionStep[] {
            ReencryptionStep.COPIED, ReencryptionStep.ENCRYPTED, ReencryptionStep.VERIFIED}) {
            DataFolder folder = prepared("data-" + step);
            byte[] before = Files.readAllBytes(folder.databaseFile());
            assertThatThrownBy(() -> new DatabaseEncryption(failAt(step)).changePassphrase(folder,
                    PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                    .isInstanceOf(EncryptionAtRestTest.SimulatedCrash.class);
            assertThat(Files.readAllBytes(folder.databaseFile())).as(step.name()).isEqualTo(before);
            try (Workspace workspace = Workspace.open(encrypted(folder.root()))) {
                assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
            }
        }
    }

    @Test
    void aChangeInterruptedJustAfterTheSwapLeavesTheNewFileUsableWithTheNewPassphrase() throws Exception {
        DataFolder folder = prepared("data");
        assertThatThrownBy(() -> new DatabaseEncryption(failAt(ReencryptionStep.SWAPPED)).changePassphrase(folder,
                PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                .isInstanceOf(EncryptionAtRestTest.SimulatedCrash.class);
        try (Workspace workspace = Workspace.open(encrypted(folder.root(), NEW_PASSPHRASE))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
    }
}
