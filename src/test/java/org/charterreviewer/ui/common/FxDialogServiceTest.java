package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new FxDialogService(() -> this.stage, null);
        stage.setScene(new Scene(new StackPane(new Button("behind")), 400, 300));
        stage.show();
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmIrreversible("Delete review?",
                "Oak Tree Primary School will be deleted for good.", "Delete")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void enterOnAnIrreversibleQuestionKeepsThingsAsTheyAre(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();
        Button cancel = robot.lookup("#dialog-irreversible-cancel").queryButton();
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#dialog-irreversible-action").queryButton().isDefaultButton()).isFalse();
        assertThat(robot.lookup("#dialog-irreversible-action").queryButton().getText()).isEqualTo("Delete");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void onlyTheNamedActionGoesAhead(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();

        robot.clickOn("#dialog-irreversible-action");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aQuestionsButtonsSayWhatTheyDoAndEnterGoesAhead(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Finalise the review", "Finalise this review?",
                "Finali_se", "_Keep editing")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-confirm-yes").queryButton().getText()).isEqualTo("Finali_se");
        assertThat(robot.lookup("#dialog-confirm-no").queryButton().getText()).isEqualTo("_Keep editing");
        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .doesNotContain("OK", "Cancel");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
