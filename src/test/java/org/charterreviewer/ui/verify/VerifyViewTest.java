package org.charterreviewer.ui.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.certificate.CertificateExport;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.TaskExecutor;
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

@ExtendWith(ApplicationExtension.class)
class VerifyViewTest {

    static Path dir;
    static Workspace workspace;
    static Path good;
    static Path flipped;
    static Path countersigned;
    static CertificateExport export;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    static final TaskExecutor NOW = new ImmediateTaskExecutor();

    @BeforeAll
    static void certificates() throws Exception {
        dir = Files.createTempDirectory("verify-view");
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        char[] passphrase = "a long passphrase".toCharArray();
        workspace.identity().create("Siân O’Brien", "SEND Officer", "City of Wolverhampton Council", passphrase,
                Optional.empty(), false);
        UUID id = CertificateReviews.awarded(workspace);
        good = dir.resolve("good.pdf");
        export = workspace.certificates().export(id, passphrase, good);
        byte[] bytes = Files.readAllBytes(good);
        bytes[bytes.length / 2] ^= 0x01;
        flipped = Files.write(dir.resolve("flipped.pdf"), bytes);
        // A moderator with their own identity, in a second folder, countersigns the good certificate.
        try (Workspace moderatorWorkspace = Workspace.open(WorkspaceOptions.at(dir.resolve("moderator")));
                var out = Files.newOutputStream(dir.resolve("countersigned.pdf"))) {
            moderatorWorkspace.identity().create("Kwame Mensah", "Inclusion Lead", "City of Wolverhampton Council",
                    passphrase, Optional.empty(), false);
            moderatorWorkspace.pdfSigner().countersign(Files.readAllBytes(good),
                    moderatorWorkspace.identity().unlock(passphrase), out);
        }
        countersigned = dir.resolve("countersigned.pdf");
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        VerifyView view = new VerifyView(new VerifyViewModel(workspace.certificates()::check, workspace.json(), NOW,
                dialogs));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 900, 600);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.onShow();
        view.initialFocus().requestFocus();
    }

    @Test
    void aGoodCertificateChosenWithCtrlOIsIntactAndMatchesItsReview(FxRobot robot) {
        assertThat(robot.lookup("#verify-result").query().isVisible()).isFalse();
        dialogs.filesToOpen = List.of(good);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Label verdict = robot.lookup("#verify-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("✔ Intact");
        assertThat(verdict.getStyleClass()).contains(Styles.VERDICT_INTACT);
        assertThat(text(robot, "#verify-signer")).isEqualTo("Siân O’Brien");
        assertThat(text(robot, "#verify-number")).isEqualTo(export.certificateNumber());
        assertThat(text(robot, "#verify-school")).startsWith(CertificateReviews.SCHOOL);
        assertThat(text(robot, "#verify-dates")).startsWith("awarded ");
        assertThat(text(robot, "#verify-matches")).startsWith("yes").contains("revision 1 of " + CertificateReviews.SCHOOL);
        assertThat(robot.lookup("#verify-signer").queryAs(Label.class).getAccessibleText()).startsWith("Signed by: ");
    }

    @Test
    void aCountersignedCertificateListsBothSignersWithTheirRoles(FxRobot robot) {
        dialogs.filesToOpen = List.of(countersigned);
        robot.clickOn("#verify-choose");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#verify-verdict").queryAs(Label.class).getText()).startsWith("✔ Intact");
        assertThat(text(robot, "#verify-signer")).startsWith("Siân O’Brien (officer), signed ")
                .contains("\nKwame Mensah (moderator), signed ");
    }

    @Test
    void aFlippedByteShowsTampered(FxRobot robot) {
        dialogs.filesToOpen = List.of(flipped);
        robot.clickOn("#verify-choose");
        WaitForAsyncUtils.waitForFxEvents();

        Label verdict = robot.lookup("#verify-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).startsWith("✘ Not valid");
        assertThat(verdict.getStyleClass()).contains(Styles.VERDICT_TAMPERED).doesNotContain(Styles.VERDICT_INTACT);
        assertThat(text(robot, "#verify-reason")).isNotBlank();
        assertThat(text(robot, "#verify-matches")).isEqualTo("no");
        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("chooseFiles");
    }

    @Test
    void anOrdinaryUnsignedPdfIsSaidToCarryNoSignatureNotToBeChanged(FxRobot robot) throws Exception {
        Path plain = dir.resolve("minutes.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(plain.toFile());
        }
        dialogs.filesToOpen = List.of(plain);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String verdict = text(robot, "#verify-verdict");
        assertThat(verdict).contains("carries no signature").doesNotContain("changed");
        assertThat(text(robot, "#verify-reason")).isEqualTo("This PDF has no digital signature.");
    }

    @Test
    void aChangedCertificateIsExplainedInWordsNotAsADigestMismatch() {
        assertThat(org.charterreviewer.i18n.Messages.tr("certificate.verify.digestMismatch"))
                .startsWith("The file was changed after it was signed").doesNotContainIgnoringCase("digest");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
