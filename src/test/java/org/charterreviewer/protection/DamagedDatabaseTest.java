package org.charterreviewer.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DatabaseDamagedException;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged database file (cut to 4 KB or to half, emptied, missing, or with a zeroed 64 KB block)
 * is named as damaged, never taken for a wrong passphrase or a first start, never replaced by a new
 * empty database, and the newest backup is offered with the command that restores it (exit 1).
 */
class DamagedDatabaseTest {

    @TempDir
    Path dir;
    private Path backup;
    private String reviewId;

    private Path data() {
        return dir.resolve("data");
    }

    private Path file() {
        return DataFolder.at(data()).databaseFile();
    }

    @BeforeEach
    void aFolderWithAReviewAndABackup() {
        reviewId = cli("demo").out().strip();
        assertThat(cli("backup", "create").exitCode()).isZero();
        backup = BackupService.list(DataFolder.at(data()).backupsFolder()).get(0).file();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 KB", "half", "empty", "missing"})
    void aCutEmptiedOrMissingFileIsNamedDamagedAndKeptAsItIs(String damage) throws Exception {
        long size = Files.size(file());
        switch (damage) {
            case "4 KB" -> truncate(4096);
            case "half" -> truncate(size / 2);
            case "empty" -> truncate(0);
            default -> Files.delete(file());
        }
        byte[] damaged = Files.exists(file()) ? Files.readAllBytes(file()) : null;

        CliRun run = cli("school", "list");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is damaged", "backup restore", backup.toString())
                .doesNotContain("passphrase does not open", "Something went wrong");
        if (damaged == null) {
            assertThat(file()).as("no new empty database in its place").doesNotExist();
        } else {
            assertThat(Files.readAllBytes(file())).as("the damaged file is left exactly as it was").isEqualTo(damaged);
        }
        assertThatThrownBy(() -> Workspace.open(options(CliRun.TEST_PASSPHRASE)))
                .isInstanceOf(DatabaseDamagedException.class);

        CliRun restored = cli("backup", "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(cli("review", "show", reviewId).exitCode()).as("the backup brought the review back").isZero();
    }

    @Test
    void aFileHalfCutAfterACrashIsDamagedForTheRightPassphraseAndWrongForAnother() throws Exception {
        // A crash leaves no clean size to compare with: the key's check value tells the two apart.
        try (Workspace workspace = Workspace.open(options(CliRun.TEST_PASSPHRASE))) {
            Files.copy(file(), dir.resolve("while-open.mv.db"));
        }
        Files.copy(dir.resolve("while-open.mv.db"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        java.util.Properties check = new java.util.Properties();
        Path checkFile = data().resolve("charter-reviewer.check");
        try (var in = Files.newInputStream(checkFile)) {
            check.load(in);
        }
        check.setProperty("closedCleanly", "false");
        try (var out = Files.newOutputStream(checkFile)) {
            check.store(out, null);
        }
        truncate(Files.size(file()) / 2);

        assertThatThrownBy(() -> Workspace.open(options("not the passphrase at all")))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> Workspace.open(options(CliRun.TEST_PASSPHRASE)))
                .isInstanceOf(DatabaseDamagedException.class);
    }

    @Test
    void aZeroedBlockIsReportedAsDamageWithTheNewestBackupNotAsSomethingWentWrong() throws Exception {
        // Compaction first, so every page of the file is live data and the zeroed block hits some.
        try (Workspace workspace = Workspace.open(options(CliRun.TEST_PASSPHRASE))) {
            long schoolId = workspace.schools().add(SchoolDraft.named("Short-lived School")).id();
            workspace.eraser().erase(workspace.eraser().planSchool(schoolId));
        }
        long size = Files.size(file());
        zero(size / 2 / 4096 * 4096, 64 * 1024);

        List<CliRun> runs = new ArrayList<>();
        for (String[] command : new String[][] {{"school", "list"}, {"charter", "list"}, {"review", "list"},
            {"review", "show", reviewId}, {"review", "export", reviewId, "--out", dir.resolve("x.json").toString()}}) {
            runs.add(cli(command));
        }

        assertThat(runs).as("reading everything meets the damage").anyMatch(run -> run.exitCode() == 1);
        for (CliRun run : runs) {
            assertThat(run.err()).doesNotContain("Something went wrong", "Exception");
            if (run.exitCode() != 0) {
                assertThat(run.err()).contains("is damaged", "backup restore", backup.toString());
            }
        }
        assertThat(Files.size(file())).as("never replaced by a smaller, new file").isGreaterThanOrEqualTo(size);
    }

    private void truncate(long length) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.setLength(length);
        }
    }

    private void zero(long offset, int length) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.seek(offset);
            raw.write(new byte[length]);
        }
    }

    private WorkspaceOptions options(String passphrase) {
        return WorkspaceOptions.at(data()).withPassphrase(passphrase.toCharArray());
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }
}
