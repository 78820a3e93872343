package org.charterreviewer.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A question asked at 200 % text: its buttons show their whole words and it stays on the screen. */
@ExtendWith(ApplicationExtension.class)
class DialogsAtLargeTextTest {

    @TempDir
    static Path dir;

    private Appearance appearance;
    private FxDialogService dialogs;

    /** The app's appearance at 200 % text (five steps larger), styling every window that opens. */
    static Appearance installedAt200Percent(Path dir) {
        Appearance appearance = new Appearance(new AppearanceStore(dir.resolve("appearance-" + System.nanoTime()
                + ".json"), JsonMapperFactory.create()), () -> false);
        for (int i = 0; i < 5; i++) {
            appearance.largerText();
        }
        appearance.install();
        return appearance;
    }

    @Start
    void start(Stage stage) {
        appearance = installedAt200Percent(dir);
        dialogs = new FxDialogService(() -> stage, null);
        stage.setScene(new Scene(new StackPane(new Button("behind")), 400, 300));
        stage.show();
    }

    @AfterEach
    void uninstall() {
        appearance.uninstall();
    }

    @Test
    void aQuestionsButtonsShowTheirWholeWordsAt200Percent(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Return the review",
                "Return this revision to the officer with 2 comments?", "_Return to the officer",
                "Keep it for now")));
        WaitForAsyncUtils.waitForFxEvents();

        Button yes = robot.lookup("#dialog-confirm-yes").queryButton();
        assertThat(yes.getScene().getRoot().getStyleClass()).contains("text-size-200");
        for (Button button : new Button[] {yes, robot.lookup("#dialog-confirm-no").queryButton()}) {
            Text words = new Text(button.getText().replace("_", ""));
            words.setFont(button.getFont());
            double needed = words.getLayoutBounds().getWidth() + button.getInsets().getLeft()
                    + button.getInsets().getRight();
            assertThat(button.getWidth()).as("width of %s", button.getText()).isGreaterThanOrEqualTo(needed - 0.5);
        }
        Window window = yes.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getX() + window.getWidth()).isLessThanOrEqualTo(screen.getMaxX() + 0.5);

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }
}
