package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectionCliTest {

    static final String NEW_PASSPHRASE = "Seven green owls at midnight";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path file(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content + "\n");
        return file;
    }

    private static boolean opensWith(Path data, String passphrase) {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data).withPassphrase(passphrase.toCharArray()))) {
            return true;
        } catch (WrongPassphraseException e) {
            return false;
        }
    }

    @Test
    void aNewFolderIsCreatedEncryptedWithThePassphraseFromTheEnvironment() {
        CliRun run = CliRun.of("--data-dir", data().toString(), "status");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(DatabaseState.of(DataFolder.at(data()).databaseFile())).isEqualTo(DatabaseState.ENCRYPTED);
        assertThat(opensWith(data(), CliRun.TEST_PASSPHRASE)).isTrue();
    }

    @Test
    void aNewFolderWithNoPassphraseIsRefusedWithExitFourAndNamesBothWays() {
        CliRun run = CliRun.withEnvironment(Map.of(), "--data-dir", data().toString(), "status");
        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(run.err()).contains("--passphrase-file FILE", "CHARTER_REVIEWER_PASSPHRASE")
                .doesNotContain("Exception");
        assertThat(DataFolder.at(data()).databaseFile()).doesNotExist();
    }

    @Test
    void anEncryptedFolderWithNoPassphraseSaysHowToGiveIt() {
        CliRun.of("--data-dir", data().toString(), "status");
        CliRun run = CliRun.withEnvironment(Map.of(), "--data-dir", data().toString(), "status");
        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(run.err().strip()).isEqualTo("This data folder is encrypted. Give its passphrase with "
                + "--passphrase-file FILE or CHARTER_REVIEWER_PASSPHRASE.");
    }

    @Test
    void aWrongPassphraseFileGivesExitFourAndLeavesTheFileAlone() throws Exception {
        CliRun.of("--data-dir", data().toString(), "status");
        Path database = DataFolder.at(data()).databaseFile();
        byte[] before = Files.readAllBytes(database);
        CliRun run = CliRun.of("--data-dir", data().toString(),
                "--passphrase-file", file("wrong.txt", "definitely not it").toString(), "status");
        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(run.err()).contains("does not open this data folder").doesNotContain("Exception");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
    }

    @Test
    void theDataFolderInUseIsReportedBeforeAskingForAPassphrase() {
        try (InstanceLock held = InstanceLock.acquire(DataFolder.at(data()))) {
            CliRun run = CliRun.withEnvironment(Map.of(), "--data-dir", data().toString(), "status");
            assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_FOLDER_IN_USE);
        }
    }

    @Test
    void passphraseChangeMakesTheNewOneTheOnlyOneThatWorks() throws Exception {
        CliRun.of("--data-dir", data().toString(), "status");
        CliRun run = CliRun.of("--data-dir", data().toString(), "passphrase", "change",
                "--new-passphrase-file", file("new.txt", NEW_PASSPHRASE).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Passphrase changed");
        assertThat(opensWith(data(), CliRun.TEST_PASSPHRASE)).isFalse();
        assertThat(opensWith(data(), NEW_PASSPHRASE)).isTrue();
        assertThat(CliRun.of("--data-dir", data().toString(), "status").exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
    }

    @Test
    void afterAPassphraseChangeTheDemoCertificateIsSignedWithTheNewPassphraseOnly() throws Exception {
        CliRun demo = CliRun.of("--data-dir", data().toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        String review = demo.out().strip();
        CliRun identity = CliRun.of("--data-dir", data().toString(), "identity", "create", "--name", "Siân O’Brien",
                "--role", "SEND Officer", "--council", "City of Wolverhampton Council");
        assertThat(identity.exitCode()).as(identity.err()).isZero();

        CliRun change = CliRun.of("--data-dir", data().toString(), "passphrase", "change",
                "--new-passphrase-file", file("new.txt", NEW_PASSPHRASE).toString());
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(DataFolder.at(data()).identityFolder().resolve("identity.p12.new")).doesNotExist();

        Path pdf = dir.resolve("certificate.pdf");
        CliRun withNew = CliRun.withEnvironment(Map.of(CliSession.PASSPHRASE_VARIABLE, NEW_PASSPHRASE),
                "--data-dir", data().toString(), "certificate", "export", review, "--out", pdf.toString());
        assertThat(withNew.exitCode()).as(withNew.err()).isZero();
        assertThat(pdf).isNotEmptyFile();
        CliRun verified = CliRun.withEnvironment(Map.of(CliSession.PASSPHRASE_VARIABLE, NEW_PASSPHRASE),
                "--data-dir", data().toString(), "certificate", "verify", pdf.toString());
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("Signed by: Siân O’Brien");

        Path refused = dir.resolve("refused.pdf");
        CliRun withOld = CliRun.of("--data-dir", data().toString(), "certificate", "export", review,
                "--out", refused.toString());
        assertThat(withOld.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(withOld.err()).doesNotContain("Exception");
        assertThat(refused).doesNotExist();
    }

    /**
     * A backup from before a passphrase change opens with the old passphrase; the signing key comes
     * back with it, so after the restore the data and the key open with the same passphrase.
     */
    @Test
    void restoringABackupFromBeforeAPassphraseChangeBringsBackAKeyThatOpensWithIt() throws Exception {
        CliRun demo = CliRun.of("--data-dir", data().toString(), "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        String review = demo.out().strip();
        assertThat(CliRun.of("--data-dir", data().toString(), "identity", "create", "--name", "Siân O’Brien",
                "--role", "SEND Officer", "--council", "City of Wolverhampton Council").exitCode()).isZero();
        String fingerprint = CliRun.of("--data-dir", data().toString(), "identity", "show").out();
        CliRun backup = CliRun.of("--data-dir", data().toString(), "backup", "create", "--to", dir.resolve("usb").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path zip;
        try (var files = java.nio.file.Files.list(dir.resolve("usb"))) {
            zip = files.findFirst().orElseThrow();
        }
        assertThat(CliRun.of("--data-dir", data().toString(), "passphrase", "change",
                "--new-passphrase-file", file("new.txt", NEW_PASSPHRASE).toString()).exitCode()).isZero();

        CliRun restore = CliRun.withEnvironment(Map.of(CliSession.PASSPHRASE_VARIABLE, CliRun.TEST_PASSPHRASE),
                "--data-dir", data().toString(), "backup", "restore", zip.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();

        Path pdf = dir.resolve("after-restore.pdf");
        CliRun export = CliRun.of("--data-dir", data().toString(), "certificate", "export", review, "--out", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(CliRun.of("--data-dir", data().toString(), "identity", "show").out()).isEqualTo(fingerprint);
        CliRun withNew = CliRun.withEnvironment(Map.of(CliSession.PASSPHRASE_VARIABLE, NEW_PASSPHRASE),
                "--data-dir", data().toString(), "status");
        assertThat(withNew.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
    }

    @Test
    void aWeakNewPassphraseIsRefusedWithAPlainMessage() throws Exception {
        CliRun.of("--data-dir", data().toString(), "status");
        CliRun run = CliRun.of("--data-dir", data().toString(), "passphrase", "change",
                "--new-passphrase-file", file("new.txt", "password123").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("easy to guess");
        assertThat(opensWith(data(), CliRun.TEST_PASSPHRASE)).isTrue();
    }

    @Test
    void backupCreateListAndRestoreRoundTrip() throws Exception {
        CliRun.of("--data-dir", data().toString(), "status");
        Path stick = dir.resolve("usb");
        CliRun created = CliRun.of("--data-dir", data().toString(), "backup", "create", "--to", stick.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Backup written to", stick.toString());
        Path backup = BackupService.list(stick).get(0).file();

        CliRun listed = CliRun.of("--data-dir", data().toString(), "backup", "list", "--in", stick.toString(), "--json");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("\"takenAt\"", backup.getFileName().toString());

        CliRun restored = CliRun.of("--data-dir", data().toString(), "backup", "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored", "before-restore-");
        assertThat(opensWith(data(), CliRun.TEST_PASSPHRASE)).isTrue();
    }

    @Test
    void restoringSomethingThatIsNotABackupIsAPlainError() throws Exception {
        CliRun.of("--data-dir", data().toString(), "status");
        CliRun run = CliRun.of("--data-dir", data().toString(), "backup", "restore", file("x.zip", "nope").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("is not a Charter Reviewer backup");
    }
    // Stopping a passphrase change at each of its steps: protection.CrashAtNamedPointsTest.
}
