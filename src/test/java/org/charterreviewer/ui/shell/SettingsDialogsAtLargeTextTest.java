package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.certificate.TimestampServerPane;
import org.charterreviewer.ui.certificate.TimestampServerViewModel;
import org.charterreviewer.ui.identity.IdentityView;
import org.charterreviewer.ui.identity.IdentityViewModel;
import org.charterreviewer.ui.protection.RetentionView;
import org.charterreviewer.ui.protection.RetentionViewModel;
import org.charterreviewer.ui.team.CouncilDatabaseView;
import org.charterreviewer.ui.team.CouncilDatabaseViewModel;
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
 * The signing identity, council database and retention dialogs at 200 % text on a 1366×768 laptop: no
 * wider than its screen, and at the height left on it (90 % of 768) their Close button still shows
 * while the form scrolls; the keyboard starts in the first field and Tab moves through the form. The council dialog, after two refusals, grows no taller than its screen.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogsAtLargeTextTest {

    /** What OnScreen leaves a dialog on a 1366×768 screen: 90 % of each side. */
    private static final double LAPTOP_WIDTH = 1366 * 0.9;
    private static final double LAPTOP_HEIGHT = 768 * 0.9;

    @TempDir
    static Path dir;

    private Appearance appearance;
    private Stage owner;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        appearance = DialogsAtLargeTextTest.installedAt200Percent(dir);
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Button("behind")), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        appearance.uninstall();
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void theSigningIdentityFitsALaptopAt200PercentAndIsTypedByKeys(FxRobot robot) {
        IdentityService identity = new IdentityService(new IdentityStore(
                dir.resolve("identity-" + System.nanoTime()), JsonMapperFactory.create()), Clock.systemUTC());
        IdentityViewModel viewModel = new IdentityViewModel(identity, passphrase -> { },
                new ImmediateTaskExecutor(), new RecordingDialogService());
        Platform.runLater(() -> IdentityView.showDialog(owner, viewModel));
        WaitForAsyncUtils.waitForFxEvents();

        // The form scrolls, and the keyboard still starts in the name and Tabs through the fields
        // (inside a ScrollPane the first focus used to land on Close).
        Scene scene = robot.lookup("#identity-view").query().getScene();
        assertThat(focusedId(scene)).isEqualTo("identity-name");
        Keyboard.write(robot, "Sam Patel");
        Keyboard.type(robot, KeyCode.TAB);
        assertThat(focusedId(scene)).isEqualTo("identity-role");
        Keyboard.type(robot, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        assertThat(focusedId(scene)).isEqualTo("identity-passphrase");
        assertThat(viewModel.nameProperty().get()).isEqualTo("Sam Patel");
        fitsALaptop(robot, robot.lookup("#identity-name").query(), "#identity-scroll");
        // Every label in whole words ("Your passphr…" was cut short at 200 %).
        assertThat(robot.lookup("#identity-view .label").queryAllAs(Label.class).stream()
                .filter(label -> label.lookup(".text") instanceof javafx.scene.text.Text text
                        && !text.getText().equals(label.getText().replace("_", "")))
                .map(Label::getText).toList()).isEmpty();
    }

    @Test
    void theCouncilDatabaseFitsALaptopAt200PercentWithItsRefusalsShown(FxRobot robot) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
        CouncilDatabaseViewModel team = new CouncilDatabaseViewModel(workspace.team(), tasks,
                new RecordingDialogService(), () -> { });
        TimestampServerViewModel timestampServer = new TimestampServerViewModel(workspace.trustedTime(), tasks);
        Platform.runLater(() -> {
            timestampServer.refresh();
            CouncilDatabaseView.showDialog(owner, team, new TimestampServerPane(timestampServer).node());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot.lookup("#team-url").query().getScene())).as("the first field has the keyboard")
                .isEqualTo("team-url");
        robot.interact(() -> {
            team.urlProperty().set("https://council.example/charters");
            team.userProperty().set("a_morgan");
            team.passwordProperty().set("secret");
            team.connect();
            timestampServer.urlProperty().set("not a server");
            timestampServer.save();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#team-message").queryAs(Label.class).getText()).contains("not one this app can use");
        assertThat(robot.lookup("#tsa-message").queryAs(Label.class).getText()).contains("not a web address");

        Window window = robot.lookup("#team-url").query().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getHeight()).as("grown for the refusals").isLessThanOrEqualTo(screen.getHeight() * 0.9 + 0.5);
        assertThat(window.getY() + window.getHeight()).isLessThanOrEqualTo(screen.getMaxY() + 0.5);
        fitsALaptop(robot, robot.lookup("#team-url").query(), "#team-scroll");
    }

    @Test
    void retentionFitsALaptopAt200Percent(FxRobot robot) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        RetentionViewModel retention = new RetentionViewModel(workspace.retention(),
                new ImmediateTaskExecutor(), new RecordingDialogService(), () -> { });
        Platform.runLater(() -> RetentionView.showDialog(owner, retention));
        WaitForAsyncUtils.waitForFxEvents();
        fitsALaptop(robot, robot.lookup("#retention-evidence-years").query(), "#retention-scroll");
    }

    private static String focusedId(Scene scene) {
        Node focused = scene.getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    /** No wider than the laptop; made as small as OnScreen makes it there, Close shows and the form scrolls. */
    private static void fitsALaptop(FxRobot robot, Node inside, String scrollId) {
        Scene scene = inside.getScene();
        assertThat(scene.getRoot().getStyleClass()).contains("text-size-200");
        Window window = scene.getWindow();
        assertThat(window.getWidth()).as("dialog width").isLessThanOrEqualTo(1366);
        robot.interact(() -> {
            window.setWidth(Math.min(window.getWidth(), LAPTOP_WIDTH));
            window.setHeight(LAPTOP_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = (DialogPane) scene.getRoot();
        Button close = (Button) pane.lookupButton(ButtonType.CLOSE);
        Bounds closeInScene = close.localToScene(close.getBoundsInLocal());
        assertThat(closeInScene.getMaxY()).as("Close's bottom edge").isLessThanOrEqualTo(scene.getHeight() + 0.5);
        assertThat(closeInScene.getMaxX()).as("Close's right edge").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        ScrollPane scroll = robot.lookup(scrollId).queryAs(ScrollPane.class);
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).as("the form scrolls")
                .isGreaterThan(scroll.getViewportBounds().getHeight());
    }
}
