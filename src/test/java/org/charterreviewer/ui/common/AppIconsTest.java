package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.groups.Tuple;
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

/** The window and the About box carry the app icon drawn from icons/charter-reviewer.svg. */
@ExtendWith(ApplicationExtension.class)
class AppIconsTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
    void theWindowOffersTheIconInEverySizeFrom16To256() {
        assertThat(stage.getIcons()).extracting(Image::getWidth, Image::getHeight, Image::isError)
                .containsExactly(AppIcons.WINDOW_SIZES.stream()
                        .map(size -> Tuple.tuple((double) size, (double) size, false))
                        .toArray(Tuple[]::new));
    }

    @Test
    void theAboutBoxShowsTheIcon(FxRobot robot) {
        // Help → About (F1 opens the help now); the dialog is modal, so fire the item without waiting on it.
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.application.Platform.runLater(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menu-about".equals(item.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        ImageView icon = robot.lookup("#about-icon").queryAs(ImageView.class);
        assertThat(icon.getImage().isError()).isFalse();
        assertThat(icon.getImage().getWidth()).isEqualTo(AppIcons.ABOUT_SIZE);
        assertThat(robot.lookup("#dialog-about").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-about").tryQuery()).isEmpty();
    }

    @Test
    void anUnknownSizeIsAProgrammingErrorNotAMissingIcon() {
        assertThatThrownBy(() -> AppIcons.url(17))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
