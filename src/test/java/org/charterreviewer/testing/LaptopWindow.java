package org.charterreviewer.testing;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a new encrypted data folder, placed as on a 1366×768 laptop, for tests that
 * look at layout; optionally with the text made larger by the officer's own keys. Close it after the test.
 */
public final class LaptopWindow implements AutoCloseable {

    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;

    private final Workspace workspace;
    private MainWindow window;

    private LaptopWindow(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A new encrypted data folder under {@code dir}; {@link #show} opens its main window. */
    public static LaptopWindow open(Path dir) {
        return new LaptopWindow(Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime()))));
    }

    /** Shows the main window (after the test has put what it needs in {@link #workspace()}). */
    public LaptopWindow show(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            window = new MainWindow(stage, workspace, null);
            window.show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        return this;
    }

    /** View → Larger text five times, as the officer would: 110, 125, 150, 175, 200 %. */
    public LaptopWindow at200Percent(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public Workspace workspace() {
        return workspace;
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        }
        workspace.close();
    }
}
