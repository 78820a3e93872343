package org.charterreviewer.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.Styles;
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
 * File → Council database… on a real data folder: not connected, only Connect is offered; an
 * address that is not a PostgreSQL one gets the plain message in the dialog and nothing is kept.
 * (Connecting and syncing for real are in CouncilDatabaseViewModelTest, on embedded PostgreSQL.)
 */
@ExtendWith(ApplicationExtension.class)
class CouncilDatabaseViewTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private RecordingDialogService dialogs;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        dialogs = new RecordingDialogService();
        CouncilDatabaseViewModel viewModel = new CouncilDatabaseViewModel(workspace.team(), new ImmediateTaskExecutor(),
                dialogs, () -> { });
        viewModel.refresh();
        stage.setScene(new Scene(new CouncilDatabaseView(viewModel), 640, 480));
        stage.getScene().getStylesheets().add(Styles.STYLESHEET);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aBadAddressIsNamedPlainlyAndNothingIsKept(FxRobot robot) {
        assertThat(robot.lookup("#team-message").queryAs(Label.class).getText()).contains("Not connected");
        assertThat(robot.lookup("#team-test").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#team-sync").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#team-disconnect").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#team-conflicts").queryAs(ListView.class).getItems()).isEmpty();

        robot.clickOn("#team-url").write("https://council.example/charters");
        robot.clickOn("#team-user").write("a_morgan");
        robot.clickOn("#team-password").write("secret");
        robot.clickOn("#team-connect");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#team-message").queryAs(Label.class).getText()).contains("not one this app can use");
        assertThat(dialogs.errors()).singleElement().asString().contains("not one this app can use");
        assertThat(workspace.team().status().connected()).isFalse();
        assertThat(robot.lookup("#team-connect").queryAs(Button.class).getAccessibleText()).isNotBlank();
    }
}
