package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.protection.RetentionSettings;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Retention… in the real main window, on an encrypted data folder holding a sample review
 * made five years ago, driven by keys only: type the years, Alt+S saves, the list names the school,
 * Alt+D asks, and only the named button (reached by Tab; Enter would cancel) deletes.
 */
@ExtendWith(ApplicationExtension.class)
class RetentionDialogTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;
    private UUID sample;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("data-" + System.nanoTime());
        try (Workspace then = open(data, "2026-06-01T09:00:00Z")) {
            sample = new DemoReview(then.schools(), then.charters(), then.reviews(), then.evidence(), then.clock())
                    .create().id();
        }
        workspace = open(data, "2031-06-01T09:00:00Z");
        window = new MainWindow(stage, workspace, null);
        window.show();
    }

    private static Workspace open(Path data, String now) {
        return Workspace.open(WorkspaceOptions.at(data).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray())
                .withClock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        workspace.close();
    }

    @Test
    void anOfficerSetsTheRuleReadsWhatGoesAndDeletesItByKeys(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-retention".equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Keyboard.focusIsOn("retention-evidence-years")
                && !robot.lookup("#retention-current").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#retention-current").queryAs(Label.class).getText()).contains("kept (no rule)");

        Keyboard.write(robot, "4");
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        ListView<?> due = robot.lookup("#retention-due").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> due.getItems().size() == 1);
        assertThat(workspace.retention().settings()).isEqualTo(new RetentionSettings(4, null));
        assertThat(due.getItems().get(0).toString()).startsWith(DemoReview.DEMO_SCHOOL_NAME)
                .contains("visit 25 May 2026").doesNotContain(sample.toString());

        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Keyboard.focusIsOn("dialog-irreversible-cancel"));
        assertThat(robot.lookup("#dialog-irreversible-action").queryButton().getText()).isEqualTo("Delete for good");
        for (int i = 0; i < 3 && !Keyboard.focusIsOn("dialog-irreversible-action"); i++) {
            Keyboard.type(robot, KeyCode.TAB);
        }
        Keyboard.type(robot, KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isPresent());
        Keyboard.type(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> due.getItems().isEmpty()
                && robot.lookup("#retention-message").queryAs(Label.class).getText().contains("compacted"));
        assertThat(workspace.reviews().latest(sample).evidence()).isEmpty();

        // Monocle does not give the focus back to the dialog when the message over the main window
        // closes (a desktop's window manager does), so the dialog is closed here rather than by Escape.
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList().forEach(Window::hide)).get();
    }
}
