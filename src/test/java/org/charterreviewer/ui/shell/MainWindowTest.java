package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        window = new MainWindow(stage, workspace, null);
        window.show();
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        workspace.close();
    }

    @Test
    void opensOnReviewsAndShowsTheDataFolderInTheStatusBar(FxRobot robot) {
        assertThat(robot.lookup("#reviews-screen").tryQuery()).isPresent();
        Label status = robot.lookup("#status-message").queryAs(Label.class);
        assertThat(status.getText()).contains("Data folder:", workspace.folder().root().toString());
    }

    @Test
    void everyNavigationTargetCanBeReachedByClicking(FxRobot robot) {
        robot.clickOn("#nav-schools");
        assertThat(visible(robot, "#schools-screen")).isTrue();
        robot.clickOn("#nav-charters");
        assertThat(visible(robot, "#charters-screen")).isTrue();
        robot.clickOn("#nav-reviews");
        assertThat(visible(robot, "#reviews-screen")).isTrue();
        assertThat(window.viewModel().getDestination()).isEqualTo(Destination.REVIEWS);
    }

    @Test
    void everyNavigationTargetCanBeReachedFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().getDestination()).isEqualTo(Destination.CHARTERS);
        assertThat(visible(robot, "#charters-screen")).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#schools-screen")).isTrue();
    }

    @Test
    void navigationButtonsCarryAccessibleTexts(FxRobot robot) {
        for (Destination destination : Destination.values()) {
            Node button = robot.lookup("#nav-" + destination.key()).query();
            assertThat(button.getAccessibleText()).isNotBlank();
        }
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }
}
