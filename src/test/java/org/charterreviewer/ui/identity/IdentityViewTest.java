package org.charterreviewer.ui.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IdentityViewTest {

    static final String PASSPHRASE = "correct horse battery";

    private IdentityService identity;
    private final List<String> checked = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("identity-view");
        identity = new IdentityService(new IdentityStore(folder.resolve("identity"), JsonMapperFactory.create()),
                java.time.Clock.systemUTC());
        IdentityViewModel viewModel = new IdentityViewModel(identity, passphrase -> {
            checked.add(new String(passphrase));
            if (!PASSPHRASE.equals(new String(passphrase))) {
                throw new WrongPassphraseException();
            }
        }, new ImmediateTaskExecutor(), dialogs);
        IdentityView view = new IdentityView(viewModel);
        viewModel.load();
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void createsAnIdentityOnlyWithTheAppPassphraseAndShowsIt(FxRobot robot) {
        assertThat(robot.lookup("#identity-summary").queryAs(Label.class).getText()).contains("no signing identity");
        robot.clickOn("#identity-name").write("Siân O’Brien");
        robot.clickOn("#identity-role").write("SEND Officer");
        robot.clickOn("#identity-council").write("City of Wolverhampton Council");
        robot.clickOn("#identity-passphrase").write("not the passphrase");
        robot.clickOn("#identity-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(identity.exists()).isFalse();
        assertThat(robot.lookup("#identity-message").queryAs(Label.class).getText()).isNotBlank();

        robot.clickOn("#identity-passphrase").write(PASSPHRASE);
        robot.clickOn("#identity-create");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(identity.exists()).isTrue();
        assertThat(identity.show().officerName()).isEqualTo("Siân O’Brien");
        assertThat(identity.unlock(PASSPHRASE.toCharArray()).councilName()).isEqualTo("City of Wolverhampton Council");
        String summary = robot.lookup("#identity-summary").queryAs(Label.class).getText();
        assertThat(summary).contains("Siân O’Brien", "SEND Officer", "Fingerprint", "Valid until");
        assertThat(robot.lookup("#identity-export").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#identity-passphrase").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();
    }

    @Test
    void replacingAnIdentityAsksFirstAndKeepsTheOldKeyWhenTheOfficerSaysNo(FxRobot robot) {
        robot.clickOn("#identity-name").write("Siân O’Brien");
        robot.clickOn("#identity-role").write("SEND Officer");
        robot.clickOn("#identity-council").write("City of Wolverhampton Council");
        robot.clickOn("#identity-passphrase").write(PASSPHRASE);
        robot.clickOn("#identity-create");
        WaitForAsyncUtils.waitForFxEvents();
        String fingerprint = identity.show().sha256Fingerprint();
        assertThat(robot.lookup("#identity-create").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo(org.charterreviewer.i18n.Messages.tr("identity.ui.replace"));

        dialogs.confirmAnswer = false;
        robot.clickOn("#identity-passphrase").write(PASSPHRASE);
        robot.clickOn("#identity-create");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).filteredOn(shown -> shown.kind().equals("confirm")).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("Siân O’Brien", fingerprint));
        assertThat(identity.show().sha256Fingerprint()).isEqualTo(fingerprint);
        assertThat(robot.lookup("#identity-message").queryAs(Label.class).getText()).contains("kept");
        assertThat(robot.lookup("#identity-passphrase").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();

        dialogs.confirmAnswer = true;
        robot.clickOn("#identity-passphrase").write(PASSPHRASE);
        robot.clickOn("#identity-create");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(identity.show().sha256Fingerprint()).isNotEqualTo(fingerprint);
    }
}
