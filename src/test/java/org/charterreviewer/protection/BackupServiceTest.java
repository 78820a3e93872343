package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.ProtectionFixtures.MARKER;
import static org.charterreviewer.protection.ProtectionFixtures.PASSPHRASE;
import static org.charterreviewer.protection.ProtectionFixtures.encrypted;
import static org.charterreviewer.protection.ProtectionFixtures.rawFileContains;
import static org.charterreviewer.protection.ProtectionFixtures.readBlob;
import static org.charterreviewer.protection.ProtectionFixtures.readSetting;
import static org.charterreviewer.protection.ProtectionFixtures.rowCounts;
import static org.charterreviewer.protection.ProtectionFixtures.writeMarker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path dir;

    private final byte[] photo = randomBytes(300_000);

    @Test
    void aBackupIsOneEncryptedZipWithTheKeyFileNamedByItsUtcTime() throws Exception {
        Path data = dir.resolve("data");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        Path backup;
        try (Workspace workspace = Workspace.open(encrypted(data).withClock(clock))) {
            writeMarker(workspace, photo);
            backup = workspace.backups().create(dir.resolve("usb-stick"));
        }
        assertThat(backup.getFileName().toString()).isEqualTo("charter-reviewer-backup-20260304T050607Z.zip");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(entry -> entry.getName()))
                    .containsExactlyInAnyOrder("charter-reviewer.mv.db", "charter-reviewer.key.json", "backup.json");
        }
        assertThat(rawFileContains(backup, MARKER)).isFalse();
        assertThat(Files.list(dir.resolve("usb-stick")).toList()).containsExactly(backup);
    }

    @Test
    void restoreBringsBackExactlyWhatWasThereAndKeepsTheReplacedData() throws Exception {
        Path data = dir.resolve("data");
        DataFolder folder = DataFolder.at(data);
        Path backup;
        try (Workspace workspace = Workspace.open(encrypted(data))) {
            writeMarker(workspace, photo);
            backup = workspace.backups().create(dir.resolve("usb-stick"));
        }
        Map<String, Long> backedUp = rowCounts(folder, PASSPHRASE);
        // Later work that the restore must undo.
        try (Workspace workspace = Workspace.open(encrypted(data));
                Connection connection = workspace.database().connection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM evidence_blob");
            statement.execute("UPDATE app_setting SET setting_value = 'changed' WHERE setting_key = 'test.marker'");
            statement.execute("INSERT INTO app_setting VALUES ('test.later', 'later')");
        }

        Path kept = BackupService.restore(folder, backup, PASSPHRASE.toCharArray(), Clock.systemUTC());

        assertThat(kept.getFileName().toString()).startsWith("before-restore-").endsWith(".zip");
        assertThat(kept.getParent()).isEqualTo(folder.backupsFolder());
        assertThat(rowCounts(folder, PASSPHRASE)).isEqualTo(backedUp);
        try (Workspace workspace = Workspace.open(encrypted(data))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
            assertThat(readSetting(workspace, "test.later")).isNull();
            assertThat(readBlob(workspace)).isEqualTo(photo);
        }
        assertThat(rawFileContains(folder.databaseFile(), MARKER)).isFalse();
        assertThat(data.resolve(".restore-check")).doesNotExist();
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderOnAnotherLaptop() throws Exception {
        Path backup;
        try (Workspace workspace = Workspace.open(encrypted(dir.resolve("old-laptop")))) {
            writeMarker(workspace, photo);
            backup = workspace.backups().create(dir.resolve("usb-stick"));
        }
        DataFolder fresh = DataFolder.at(dir.resolve("new-laptop")).create();
        assertThat(BackupService.restore(fresh, backup, PASSPHRASE.toCharArray(), Clock.systemUTC())).isNull();
        try (Workspace workspace = Workspace.open(encrypted(fresh.root()))) {
            assertThat(readBlob(workspace)).isEqualTo(photo);
        }
    }

    @Test
    void aBackupFromAnotherFolderIsReEncryptedForThisFoldersKey() throws Exception {
        Path backup;
        try (Workspace workspace = Workspace.open(encrypted(dir.resolve("other")))) {
            writeMarker(workspace, photo);
            backup = workspace.backups().create(dir.resolve("usb-stick"));
        }
        Path data = dir.resolve("data");
        Workspace.open(encrypted(data)).close();
        BackupService.restore(DataFolder.at(data), backup, PASSPHRASE.toCharArray(), Clock.systemUTC());
        try (Workspace workspace = Workspace.open(encrypted(data))) {
            assertThat(readSetting(workspace, "test.marker")).startsWith(MARKER);
        }
    }

    @Test
    void aBackupThatTheGivenPassphraseCannotOpenIsRefusedAndNothingChanges() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (Workspace workspace = Workspace.open(encrypted(data))) {
            writeMarker(workspace, null);
            backup = workspace.backups().create(dir.resolve("usb-stick"));
        }
        DataFolder folder = DataFolder.at(data);
        byte[] before = Files.readAllBytes(folder.databaseFile());
        assertThatThrownBy(() -> BackupService.restore(folder, backup, "Some other passphrase".toCharArray(),
                Clock.systemUTC())).isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        assertThat(BackupService.list(folder.backupsFolder())).isEmpty();
    }

    @Test
    void automaticBackupsKeepOnlyTheNewestN() throws Exception {
        Path data = dir.resolve("data");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
        try (Workspace workspace = Workspace.open(encrypted(data).withClock(clock));
                Connection connection = workspace.database().connection();
                Statement statement = connection.createStatement()) {
            assertThat(workspace.backups().keep()).isEqualTo(7);
            statement.execute("INSERT INTO app_setting VALUES ('backup.keep', '3')");
            for (int i = 0; i < 5; i++) {
                workspace.backups().createAutomatic();
                clock.advance(Duration.ofHours(1));
            }
        }
        List<BackupInfo> left = BackupService.list(DataFolder.at(data).backupsFolder());
        assertThat(left).extracting(info -> info.takenAt().toString())
                .containsExactly("2026-01-01T13:00:00Z", "2026-01-01T12:00:00Z", "2026-01-01T11:00:00Z");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
