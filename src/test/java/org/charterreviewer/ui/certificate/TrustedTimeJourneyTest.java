package org.charterreviewer.ui.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.testing.Pdfsig;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.TestTimestampAuthority;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.verify.VerifyView;
import org.charterreviewer.ui.verify.VerifyViewModel;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The officer's way: type the council's timestamp server into its setting, keep it (Alt+A, then
 * Enter), then on the Verify screen Add trusted time… (Alt+T) to a certificate signed
 * offline; the extension runs on the app's background executor against an RFC 3161 server inside
 * the test, and the Verify screen then checks the new file. Real workspace, real PDF, pdfsig.
 */
@ExtendWith(ApplicationExtension.class)
class TrustedTimeJourneyTest {

    static Path dir;
    static Workspace workspace;
    static TestTimestampAuthority tsa;
    static Path offline;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @BeforeAll
    static void anOfflineCertificate() throws Exception {
        dir = Files.createTempDirectory("trusted-time");
        tsa = TestTimestampAuthority.start();
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        offline = CertificateReviews.signedOffline(workspace, dir.resolve("offline.pdf"));
    }

    @AfterAll
    static void close() {
        workspace.close();
        tsa.close();
    }

    @Start
    void start(Stage stage) {
        VerifyViewModel verify = new VerifyViewModel(workspace.certificates()::check, workspace.json(), tasks, dialogs);
        TrustedTimeViewModel trustedTime = new TrustedTimeViewModel(workspace.certificateExtension()::extend,
                workspace.trustedTime()::councilServer, tasks, dialogs, verify::verify);
        TimestampServerViewModel server = new TimestampServerViewModel(workspace.trustedTime(), tasks);
        server.refresh();
        VerifyView view = new VerifyView(verify, trustedTime);
        Scene scene = new Scene(new VBox(12, new TimestampServerPane(server).node(), view.node()), 1000, 760);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.onShow();
        view.initialFocus().requestFocus();
    }

    @Test
    void theOfficerSetsTheServerAndAddsATrustedTime(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#tsa-message").contains("No timestamp server"));
        Button extend = robot.lookup("#verify-extend").queryAs(Button.class);
        assertThat(extend.queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString()
                .contains("trusted time");

        robot.clickOn("#tsa-url");
        Keyboard.write(robot, "not a server");
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#tsa-message").contains("not a web address"));
        assertThat(robot.lookup("#tsa-message").queryAs(Label.class).getStyleClass()).contains(Styles.ERROR_TEXT);

        robot.interact(() -> robot.lookup("#tsa-url").queryAs(TextField.class).clear());
        robot.clickOn("#tsa-url");
        Keyboard.write(robot, tsa.url());
        Keyboard.type(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#tsa-message").equals("Timestamp server: "
                + tsa.url()));
        assertThat(workspace.trustedTime().councilServer()).contains(tsa.url());

        Path stamped = dir.resolve("offline-timestamped.pdf");
        dialogs.filesToOpen = List.of(offline);
        dialogs.fileToSave = stamped;
        dialogs.confirmAnswer = false;
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#verify-verdict").startsWith("✔ Intact")
                && text(robot, "#verify-file").equals("offline-timestamped.pdf"));

        assertThat(text(robot, "#verify-signer")).contains("Siân O’Brien (officer)").contains(TestTimestampAuthority.NAME);
        assertThat(dialogs.confirmations()).singleElement().asString().contains("now carries a trusted time");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(tsa.requests()).isEqualTo(1);
        if (Pdfsig.present()) {
            assertThat(Pdfsig.validCount(stamped)).as(Pdfsig.run(stamped)).isEqualTo(1);
        }
        tasks.shutdown();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
