package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.protection.PassphraseViewModel.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PassphraseViewTest {

    private final List<String> submitted = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private PassphraseViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new PassphraseViewModel(Mode.SET);
        PassphraseView view = new PassphraseView(viewModel,
                submission -> submitted.add(new String(submission.passphrase())), () -> cancelled.add("esc"));
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.focusFirstField();
    }

    @Test
    void settingAPassphraseRefusesAMismatchThenAcceptsTheSameTwiceWithEnter(FxRobot robot) {
        PasswordField field = robot.lookup("#passphrase-field").queryAs(PasswordField.class);
        assertThat(field.isFocused()).as("focus starts in the field").isTrue();
        Label hint = robot.lookup("#passphrase-hint").queryAs(Label.class);
        assertThat(hint.getText()).contains("at least 10");

        robot.write("Blue kettle on the 4th shelf");
        assertThat(hint.getText()).isEqualTo("Strong.");
        assertThat(hint.getAccessibleText()).isEqualTo("Strong.");
        robot.clickOn("#passphrase-confirm").write("Blue kettle on the 4th shelf!");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#passphrase-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("not the same");
        assertThat(field.getAccessibleHelp()).contains("not the same");
        assertThat(submitted).isEmpty();

        robot.clickOn("#passphrase-confirm");
        robot.lookup("#passphrase-confirm").queryAs(PasswordField.class).clear();
        robot.write("Blue kettle on the 4th shelf");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(submitted).containsExactly("Blue kettle on the 4th shelf");
        assertThat(viewModel.isBusy()).isTrue();
        assertThat(robot.lookup("#passphrase-busy").query().isVisible()).isTrue();
        assertThat(field.getText()).as("the typed passphrase is not kept in the field").isEmpty();
    }

    @Test
    void aWeakPassphraseIsRefusedWithThePlainHint(FxRobot robot) {
        robot.write("password123");
        robot.clickOn("#passphrase-confirm").write("password123");
        robot.clickOn("#passphrase-ok");
        assertThat(robot.lookup("#passphrase-message").queryAs(Label.class).getText()).contains("easy to guess");
        assertThat(submitted).isEmpty();
    }

    @Test
    void escapeCancels(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancelled).containsExactly("esc");
    }

    @Test
    void aFailedAttemptShowsWhyAndUnlocksTheFieldsAgain(FxRobot robot) {
        robot.write("Blue kettle on the 4th shelf");
        robot.clickOn("#passphrase-confirm").write("Blue kettle on the 4th shelf");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.failed("That passphrase does not open this data folder."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.isBusy()).isFalse();
        assertThat(robot.lookup("#passphrase-field").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#passphrase-message").queryAs(Label.class).getText())
                .contains("does not open");
    }
}
