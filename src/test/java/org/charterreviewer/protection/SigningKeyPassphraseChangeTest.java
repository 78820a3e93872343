package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.EncryptionAtRestTest.failAt;
import static org.charterreviewer.protection.ProtectionFixtures.MARKER;
import static org.charterreviewer.protection.ProtectionFixtures.PASSPHRASE;
import static org.charterreviewer.protection.ProtectionFixtures.encrypted;
import static org.charterreviewer.protection.ProtectionFixtures.readSetting;
import static org.charterreviewer.protection.ProtectionFixtures.writeMarker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key is protected by the same passphrase as the database, so a passphrase change must
 * move both, and a crash at any step must leave a folder where one passphrase opens both.
 */
class SigningKeyPassphraseChangeTest {

    static final String NEW_PASSPHRASE = "Seven green owls at midnight";

    @TempDir
    static Path shared;
    /** One folder with data and a signing identity (making an RSA-3072 key takes a while), copied per test. */
    static Path template;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTemplate() throws Exception {
        template = shared.resolve("template");
        try (Workspace workspace = Workspace.open(encrypted(template))) {
            writeMarker(workspace, null);
            workspace.identity().create("Siân O’Brien", "SEND Officer", "Test Council", PASSPHRASE.toCharArray(),
                    Optional.empty(), false);
        }
    }

    private DataFolder copy(String name) throws Exception {
        Path target = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(template)) {
            for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(template.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else if (!source.getFileName().toString().endsWith(".lock")) {
                    Files.copy(source, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return DataFolder.at(target);
    }

    private static Path pending(DataFolder folder) {
        return folder.identityFolder().resolve("identity.p12.new");
    }

    /** Opens the folder with {@code passphrase} and signs with it; the other passphrase unlocks nothing. */
    private static void onlyThisPassphraseWorks(DataFolder folder, String passphrase, String other) throws Exception {
        try (Workspace workspace = Workspace.open(encrypted(folder.root(), passphrase))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
            assertThat(workspace.identity().unlock(passphrase.toCharArray()).officerName()).isEqualTo("Siân O’Brien");
            assertThatThrownBy(() -> workspace.identity().unlock(other.toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
        }
        assertThat(pending(folder)).doesNotExist();
        assertThatThrownBy(() -> Workspace.open(encrypted(folder.root(), other)))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aChangeMovesTheSigningKeyToTheNewPassphrase() throws Exception {
        DataFolder folder = copy("data");
        Workspace.encryption(folder).changePassphrase(folder, PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray());
        assertThat(pending(folder)).doesNotExist();
        onlyThisPassphraseWorks(folder, NEW_PASSPHRASE, PASSPHRASE);
    }

    @Test
    void aCrashBeforeTheDatabaseSwapLeavesTheOldPassphraseForBothAndTheNextStartTidiesUp() throws Exception {
        for (ReencryptionStep step : new ReencryptionStep[] {
            ReencryptionStep.COPIED, ReencryptionStep.VERIFIED, ReencryptionStep.SECRETS_PREPARED}) {
            DataFolder folder = copy("data-" + step);
            byte[] keyStore = Files.readAllBytes(folder.identityFolder().resolve("identity.p12"));
            assertThatThrownBy(() -> Workspace.encryption(folder, failAt(step)).changePassphrase(folder,
                    PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                    .isInstanceOf(EncryptionAtRestTest.SimulatedCrash.class);
            assertThat(Files.readAllBytes(folder.identityFolder().resolve("identity.p12"))).as(step.name())
                    .isEqualTo(keyStore);
            if (step == ReencryptionStep.SECRETS_PREPARED) {
                assertThat(pending(folder)).as("the key waits beside the one in use").exists();
            }
            onlyThisPassphraseWorks(folder, PASSPHRASE, NEW_PASSPHRASE);
        }
    }

    @Test
    void aCrashWhileTheNewKeyStoreIsWrittenLeavesOnlyATemporaryFileThatTheNextStartRemoves() throws Exception {
        DataFolder folder = copy("data");
        Path halfWritten = Files.write(folder.identityFolder().resolve(".identity.p12.new.123456.part"),
                new byte[] {0x30, (byte) 0x82});
        onlyThisPassphraseWorks(folder, PASSPHRASE, NEW_PASSPHRASE);
        assertThat(halfWritten).doesNotExist();
    }

    @Test
    void aCrashAfterTheDatabaseSwapIsFinishedByTheNextStartWithTheNewPassphrase() throws Exception {
        for (ReencryptionStep step : new ReencryptionStep[] {ReencryptionStep.SWAPPED, ReencryptionStep.SECRETS_MOVED}) {
            DataFolder folder = copy("data-" + step);
            assertThatThrownBy(() -> Workspace.encryption(folder, failAt(step)).changePassphrase(folder,
                    PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                    .isInstanceOf(EncryptionAtRestTest.SimulatedCrash.class);
            assertThat(pending(folder)).as(step.name()).matches(p -> Files.exists(p) == (step == ReencryptionStep.SWAPPED));
            onlyThisPassphraseWorks(folder, NEW_PASSPHRASE, PASSPHRASE);
        }
    }

    @Test
    void aSecondChangeAfterACrashAfterTheSwapFinishesTheFirstOneBeforeStarting() throws Exception {
        DataFolder folder = copy("data");
        assertThatThrownBy(() -> Workspace.encryption(folder, failAt(ReencryptionStep.SWAPPED)).changePassphrase(folder,
                PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray()))
                .isInstanceOf(EncryptionAtRestTest.SimulatedCrash.class);
        String third = "Nine quiet herons by the canal";
        // As on the command line: no opening in between, straight to the next change.
        Workspace.encryption(folder).changePassphrase(folder, NEW_PASSPHRASE.toCharArray(), third.toCharArray());
        onlyThisPassphraseWorks(folder, third, NEW_PASSPHRASE);
    }

    @Test
    void aKeyKeptUnderAnotherPassphraseDoesNotStopTheChange() throws Exception {
        DataFolder folder = copy("data");
        String other = "A different key passphrase";
        try (Workspace workspace = Workspace.open(encrypted(folder.root()))) {
            workspace.identity().create("Siân O’Brien", "SEND Officer", "Test Council", other.toCharArray(),
                    Optional.empty(), true);
        }
        Workspace.encryption(folder).changePassphrase(folder, PASSPHRASE.toCharArray(), NEW_PASSPHRASE.toCharArray());
        try (Workspace workspace = Workspace.open(encrypted(folder.root(), NEW_PASSPHRASE))) {
            assertThat(workspace.identity().unlock(other.toCharArray())).isNotNull();
        }
        assertThat(pending(folder)).doesNotExist();
    }
}
