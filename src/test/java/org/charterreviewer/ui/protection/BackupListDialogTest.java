package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.shell.AccessibleNamesSweepTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The list of backups that opens File → Restore from backup…, by keys: the newest is chosen, Down
 * chooses the one before, Enter hands it on (the caller then asks before restoring); every control is
 * named. The files are named as backups are; what they hold is BackupServiceTest's part.
 */
@ExtendWith(ApplicationExtension.class)
class BackupListDialogTest {

    @TempDir
    static Path dir;
    private Stage stage;

    @BeforeAll
    static void twoBackups() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        Files.write(dir.resolve("backups").resolve("charter-reviewer-backup-20261201T080000Z.zip"), new byte[2048]);
        Files.write(dir.resolve("backups").resolve("charter-reviewer-backup-20261203T140500Z.zip"), new byte[4096]);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Button("behind")), 600, 400));
        stage.show();
    }

    /** Opens the dialog as File → Restore from backup… does; the future holds what it hands back. */
    private CompletableFuture<Optional<Path>> open() {
        CompletableFuture<Optional<Path>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> chosen.complete(BackupListView.choose(stage, new BackupListViewModel(
                dir.resolve("backups"), new ImmediateTaskExecutor(), new RecordingDialogService()))));
        WaitForAsyncUtils.waitForFxEvents();
        return chosen;
    }

    @Test
    void downAndEnterChooseTheOlderBackupAndEveryControlIsNamed(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Path>> chosen = open();
        ListView<?> list = robot.lookup("#backup-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the newest is chosen").isZero();
        assertThat(AccessibleNamesSweepTest.sweep("restore from backup")).isEmpty();

        Keyboard.type(robot, KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        Keyboard.type(robot, KeyCode.ENTER);

        assertThat(chosen.get(10, TimeUnit.SECONDS)).contains(dir.resolve("backups")
                .resolve("charter-reviewer-backup-20261201T080000Z.zip"));
    }

    @Test
    void escapeRestoresNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Path>> chosen = open();
        assertThat(robot.lookup("#backup-list-restore").queryButton().getText()).isEqualTo("_Restore the chosen backup…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, robot.lookup("#backup-list").queryAs(ListView.class)::isFocused);

        Keyboard.type(robot, KeyCode.ESCAPE);

        assertThat(chosen.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
