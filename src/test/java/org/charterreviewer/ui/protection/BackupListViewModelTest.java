package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list in File → Restore from backup… on a real encrypted data folder with two backups: the same
 * backups, in the same order, as {@code backup list} prints, with the time and size in plain words.
 */
class BackupListViewModelTest {

    @TempDir
    Path dir;
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void listsWhatBackupListListsNewestFirstAndChoosesTheNewest() throws Exception {
        Path data = dir.resolve("data");
        Path older = backUp(data, "2026-12-01T08:00:00Z");
        Path newer = backUp(data, "2026-12-03T14:05:00Z");
        BackupListViewModel viewModel = new BackupListViewModel(data.resolve("backups"), tasks, dialogs);

        viewModel.load();

        assertThat(viewModel.backups()).extracting(b -> b.file().getFileName()).containsExactly(
                newer.getFileName(), older.getFileName());
        CliRun listed = CliRun.of("--data-dir", data.toString(), "backup", "list");
        assertThat(listed.out().lines().map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList())
                .as("the same backups as backup list, in its order")
                .containsExactly(newer.toString(), older.toString());
        assertThat(viewModel.chosen()).contains(newer);
        assertThat(BackupListViewModel.describe(viewModel.backups().get(0)))
                .startsWith("3 December 2026, ").contains(" KB – ").endsWith(newer.getFileName().toString());
        assertThat(viewModel.getMessage()).contains("newest first");
    }

    @Test
    void anEmptyFolderSaysSoAndAnotherFileCanBeChosen() {
        Path elsewhere = dir.resolve("usb").resolve("charter-reviewer-backup-20261201T080000Z.zip");
        BackupListViewModel viewModel = new BackupListViewModel(dir.resolve("no-backups"), tasks, dialogs);
        viewModel.load();
        assertThat(viewModel.backups()).isEmpty();
        assertThat(viewModel.chosen()).isEmpty();
        assertThat(viewModel.getMessage()).contains("no backups");

        dialogs.filesToOpen = List.of(elsewhere);
        assertThat(viewModel.chooseOtherFile()).contains(elsewhere);
        dialogs.filesToOpen = List.of();
        assertThat(viewModel.chooseOtherFile()).isEmpty();
    }

    private static Path backUp(Path data, String now) throws Exception {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray())
                .withClock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)))) {
            Path file = workspace.backups().create(workspace.backups().defaultFolder());
            assertThat(Files.size(file)).isPositive();
            return file;
        }
    }
}
