package org.charterreviewer.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.review.EvidenceService;
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
 * File → Evidence size limit… in the real main window on an encrypted data folder, by keys: the limit
 * in force is shown in the field, Enter saves a new one, and a number it cannot take is explained
 * beside the field and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceLimitDialogTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime()))
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
        window = new MainWindow(stage, workspace, null);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        // Monocle does not hand the focus back as a desktop does; the dialog is closed here.
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList().forEach(Window::hide)).get();
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        workspace.close();
    }

    @Test
    void anOfficerRaisesTheLimitByKeysAndANumberItCannotTakeChangesNothing(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream().filter(i -> "menu-evidence-limit".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Evidence size _limit…");
        Platform.runLater(item::fire);
        // Loaded when both the sentence and the field show the limit (set one after the other, and
        // read here from the test thread).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Keyboard.focusIsOn("evidence-limit-megabytes")
                && !text(robot, "#evidence-limit-current").isEmpty()
                && !robot.lookup("#evidence-limit-megabytes").queryTextInputControl().getText().isEmpty());
        assertThat(text(robot, "#evidence-limit-current")).isEqualTo("Files up to 200.0 MB may be attached now.");
        assertThat(robot.lookup("#evidence-limit-megabytes").queryTextInputControl().getText()).isEqualTo("200");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        Keyboard.write(robot, "750");
        Keyboard.type(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#evidence-limit-message").startsWith("Saved"));
        assertThat(workspace.evidence().maxBytes()).isEqualTo(750L * 1024 * 1024);
        assertThat(text(robot, "#evidence-limit-current")).isEqualTo("Files up to 750.0 MB may be attached now.");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        Keyboard.write(robot, "0");
        Keyboard.type(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#evidence-limit-message")).startsWith("0 MB is not a limit that can be set");
        assertThat(workspace.evidence().maxBytes()).isEqualTo(750L * 1024 * 1024);
        assertThat(EvidenceService.DEFAULT_MAX_BYTES).isNotEqualTo(750L * 1024 * 1024);
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
