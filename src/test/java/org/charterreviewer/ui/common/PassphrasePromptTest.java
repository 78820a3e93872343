package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.testing.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PassphrasePromptTest {

    private Stage owner;
    /** Every passphrase the check was asked about, as typed. */
    private final List<String> checked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<char[]>> open() {
        PassphrasePrompt prompt = new PassphrasePrompt(owner, typed -> {
            checked.add(new String(typed));
            return Arrays.equals(typed, "correct horse".toCharArray());
        });
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(prompt.ask("sign", "Sign", "Type your passphrase to sign.",
                "_Passphrase", "_Sign certificate")));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    @Test
    void typingGoesIntoTheFieldAtOnceAndTheRightPassphraseIsHandedBack(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = open();
        PasswordField field = robot.lookup("#sign-field").queryAs(PasswordField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        Keyboard.write(robot, "correct horse");
        robot.type(KeyCode.ENTER);
        assertThat(new String(answer.get(10, TimeUnit.SECONDS).orElseThrow())).isEqualTo("correct horse");
    }

    @Test
    void anEmptyPassphraseIsRefusedInWordsAndAWrongOneCanBeTypedAgainInTheSamePrompt(FxRobot robot)
            throws Exception {
        CompletableFuture<Optional<char[]>> answer = open();
        PasswordField field = robot.lookup("#sign-field").queryAs(PasswordField.class);
        Label error = robot.lookup("#sign-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEqualTo("Type your passphrase.");
        assertThat(answer).isNotDone();
        assertThat(checked).isEmpty();

        Keyboard.write(robot, "wrong guess");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.getText().contains("not right"));
        assertThat(answer).isNotDone();
        assertThat(field.isFocused()).isTrue();

        // The wrong one is selected, so typing replaces it.
        Keyboard.write(robot, "correct horse");
        robot.type(KeyCode.ENTER);
        assertThat(new String(answer.get(10, TimeUnit.SECONDS).orElseThrow())).isEqualTo("correct horse");
        assertThat(checked).containsExactly("wrong guess", "correct horse");
    }

    @Test
    void escapeCancels(FxRobot robot) throws Exception {
        CompletableFuture<Optional<char[]>> answer = open();
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
