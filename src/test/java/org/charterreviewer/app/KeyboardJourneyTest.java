package org.charterreviewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.charterreviewer.testing.Keyboard;
import org.charterreviewer.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole review with the keyboard only, through the real app started as {@code mvn javafx:run}
 * starts it: the passphrase window, the main window and the real dialogs. Only the system's file
 * dialogs are answered in code (a robot cannot reach them headless); every answer they give is
 * recorded and checked.
 */
class KeyboardJourneyTest {

    private static final String PASSPHRASE = "tall ships sail at dawn";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<String> fileDialogs = new CopyOnWriteArrayList<>();
    private Application app;
    private Path certificate;

    @BeforeEach
    void startTheApp() throws Exception {
        certificate = dir.resolve("certificate.pdf");
        FxDialogService.answerFileDialogsWith((title, suggested) -> {
            fileDialogs.add(title);
            return certificate;
        });
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CharterReviewerApp.class, "--data-dir=" + dir.resolve("data"));
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxDialogService.answerFileDialogsWith(null);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWholeReviewFromPassphraseToVerifiedCertificateWithKeysOnly() throws Exception {
        // The first start: choose a passphrase and type it again.
        waitFor(() -> present("#passphrase-view"));
        Keyboard.write(robot, PASSPHRASE);
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, PASSPHRASE);
        Keyboard.type(robot, KeyCode.ENTER);
        waitFor(() -> present("#main-window"));

        // A school, from the Schools screen.
        Keyboard.shortcut(robot, KeyCode.DIGIT2);
        Keyboard.shortcut(robot, KeyCode.N);
        waitFor(() -> present("#school-dialog"));
        Keyboard.write(robot, "Oakfield Primary");
        Keyboard.type(robot, KeyCode.ENTER);
        waitFor(() -> text("#status-message").contains("1 school,"));

        // A review of it, from the Reviews screen.
        Keyboard.shortcut(robot, KeyCode.DIGIT1);
        Keyboard.shortcut(robot, KeyCode.N);
        waitFor(() -> present("#new-review-dialog"));
        Keyboard.write(robot, "oak");                               // the school search has the focus
        Keyboard.type(robot, KeyCode.TAB);                          // the school found is chosen
        Keyboard.type(robot, KeyCode.TAB, KeyCode.F4, KeyCode.DOWN, KeyCode.ENTER); // the first charter
        Keyboard.type(robot, KeyCode.TAB);                          // the visit date: today
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Sam Patel");                         // officers
        Keyboard.type(robot, KeyCode.ENTER);                        // Start review
        waitFor(() -> present("#review-completeness"));

        // Judge every item: 3 on each, and on to the next not judged yet.
        for (int i = 0; i < 200 && !allJudged(); i++) {
            Keyboard.type(robot, KeyCode.DIGIT3);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(this::allJudged);

        // A voice and an action with a due date, on the item shown.
        alt(KeyCode.P);
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Pupils group");
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "We chose the new library books");
        Keyboard.type(robot, KeyCode.ENTER);
        waitFor(() -> listSize("#review-voices") == 1);
        alt(KeyCode.U);
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Share the minutes with families");
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Head teacher");
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "1/3/2027");
        Keyboard.type(robot, KeyCode.TAB, KeyCode.SPACE);           // leaving the date keeps it; Add action
        waitFor(() -> listSize("#review-actions") == 1);
        assertThat(robot.lookup("#review-actions").queryListView().getItems().get(0).toString()).contains("2027");

        // The outcome: awarded, as the award rule says, with a summary, then finalise.
        Keyboard.shortcut(robot, KeyCode.O);
        alt(KeyCode.W);
        Keyboard.type(robot, KeyCode.SPACE);
        Keyboard.type(robot, KeyCode.TAB);                          // Tab leaves the decisions for the summary
        waitFor(() -> focusedId().equals("review-summary"));
        Keyboard.write(robot, "Co-production is how the school works");
        alt(KeyCode.E);                                             // Finalise, from the summary
        waitFor(() -> present("#dialog-confirmation"));
        Keyboard.type(robot, KeyCode.ENTER);                        // the real question, answered by a key
        waitFor(() -> robot.lookup("#review-banner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#review-summary").queryTextInputControl().getText())
                .isEqualTo("Co-production is how the school works");

        // The certificate: Ctrl+E makes the signing identity first, then signs.
        Keyboard.shortcut(robot, KeyCode.E);
        waitFor(() -> present("#certificate-review-choice"));
        Keyboard.type(robot, KeyCode.ENTER);
        waitFor(() -> present("#dialog-information"));              // "make your signing identity first"
        Keyboard.type(robot, KeyCode.ENTER);
        waitFor(() -> present("#identity-view"));
        Keyboard.write(robot, "Sam Patel");
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Inclusion Officer");
        Keyboard.type(robot, KeyCode.TAB);
        Keyboard.write(robot, "Wolverhampton City Council");
        Keyboard.type(robot, KeyCode.TAB, KeyCode.TAB);             // past the logo button
        Keyboard.write(robot, PASSPHRASE);
        Keyboard.type(robot, KeyCode.ENTER);                        // Create
        waitFor(() -> text("#identity-summary").contains("Sam Patel"));
        Keyboard.type(robot, KeyCode.ESCAPE);                       // close the identity window
        waitFor(() -> present("#certificate-passphrase-field"));
        Keyboard.write(robot, PASSPHRASE);
        Keyboard.type(robot, KeyCode.ENTER);                        // Sign certificate
        waitFor(() -> present("#dialog-confirm-no"));
        Keyboard.type(robot, KeyCode.ESCAPE);                       // Not now
        assertThat(certificate).exists();
        assertThat(Files.readAllBytes(certificate)).startsWith("%PDF".getBytes());

        // Verify it: Ctrl+4, then Ctrl+O chooses the file.
        Keyboard.shortcut(robot, KeyCode.DIGIT4);
        Keyboard.shortcut(robot, KeyCode.O);
        waitFor(() -> text("#verify-verdict").contains("Intact"));
        assertThat(fileDialogs).hasSize(2);
    }

    private String focusedId() {
        return robot.listTargetWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .map(w -> w.getScene().getFocusOwner()).map(Node::getId).orElse("");
    }

    private boolean allJudged() {
        String completeness = text("#review-completeness");
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("(\\d+) of (\\d+) judged").matcher(completeness);
        return counts.find() && counts.group(1).equals(counts.group(2));
    }

    private int listSize(String id) {
        return robot.lookup(id).tryQuery().map(n -> ((javafx.scene.control.ListView<?>) n).getItems().size()).orElse(-1);
    }

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean present(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private String text(String id) {
        return robot.lookup(id).tryQuery().map(n -> n instanceof Label label ? label.getText() : "").orElse("");
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            // Say what was on screen instead: an unexpected dialog usually tells why the journey stopped.
            String dialogs = robot.lookup(".dialog-pane").queryAll().stream()
                    .map(n -> ((javafx.scene.control.DialogPane) n).getContentText()).toList().toString();
            String focused = String.valueOf(robot.listTargetWindows().stream().filter(javafx.stage.Window::isFocused)
                    .findFirst().map(w -> w.getScene().getFocusOwner()).orElse(null));
            throw new AssertionError("Waited 30 s; dialogs open: " + dialogs + "; focus on " + focused, e);
        }
    }
}
