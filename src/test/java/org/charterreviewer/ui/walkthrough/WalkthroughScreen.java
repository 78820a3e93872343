package org.charterreviewer.ui.walkthrough;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.FxTypingPause;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.walkthrough.WalkthroughFixture.FakeNavigator;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walkthrough screen on a real workspace in a real window, for the TestFX tests of its journeys:
 * opens it, waits for it, and closes everything after each test.
 */
final class WalkthroughScreen {

    Stage stage;
    Path dataDir;
    Workspace workspace;
    ReviewWalkthroughViewModel viewModel;
    ReviewWalkthroughView view;
    MainWindow window;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final FakeNavigator navigator = new FakeNavigator();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    void start(Stage stage, Path dir) {
        this.stage = stage;
        dataDir = dir.resolve("data-" + System.nanoTime());
    }

    void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        }
        if (viewModel != null) {
            viewModel.closeAndWait(5_000);
        }
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
        }
    }

    /** A review of {@code charterId} started in a new workspace, shown. */
    Review show(FxRobot robot, String charterId) {
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, charterId);
        show(robot, review);
        return review;
    }

    /** A review of {@code charterId} at {@code schoolName}, started in a new workspace, shown in a window of that size. */
    Review show(FxRobot robot, String charterId, String schoolName, double width, double height) {
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, charterId, schoolName);
        show(robot, review, width, height);
        return review;
    }

    /** {@code review} of the workspace already set, shown. */
    void show(FxRobot robot, Review review) {
        show(robot, review, 1300, 860);
    }

    void show(FxRobot robot, Review review, double width, double height) {
        viewModel = new ReviewWalkthroughViewModel(review.id(), MainWindow.walkthroughServices(workspace), tasks, tasks,
                dialogs, navigator, new FxTypingPause(400));
        view = new ReviewWalkthroughView(viewModel);
        robot.interact(() -> {
            Scene scene = new Scene((Parent) view.node(), width, height);
            scene.getStylesheets().add(Styles.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            view.onShow();
        });
        waitUntil(() -> viewModel.item().getItem() != null && robot.lookup(".level-button").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void alt(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.ALT).type(code).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void shortcut(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL).type(code).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met in time; focus on " + stage.getScene().getFocusOwner()
                    + ", save state " + (viewModel == null ? "-" : viewModel.session().getSaveState() + " "
                    + viewModel.session().saveMessageProperty().get() + " voice form "
                    + viewModel.voices().messageProperty().get() + " decision "
                    + viewModel.outcome().decisionProperty().get() + " hint " + viewModel.outcome().hintProperty().get()
                    + " item " + viewModel.item().getItem() + " judged in memory "
                    + viewModel.session().getReview().judgements().size() + " errors " + dialogs.errors()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
