package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.ui.walkthrough.WalkthroughScreen.alt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The parts recorded for an item in a real window: removing evidence for good, editing and cancelling voices and actions. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughRecordsViewTest {

    @TempDir
    static Path dir;

    private final WalkthroughScreen screen = new WalkthroughScreen();

    @Start
    void start(Stage stage) {
        screen.start(stage, dir);
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
    }

    @Test
    void removesAnAttachedPhotoForGoodAfterConfirmationAndShowsItWasCleaned(FxRobot robot) {
        Review review = screen.show(robot, WalkthroughFixture.WOLVERHAMPTON);
        screen.dialogs.filesToOpen = List.of(WalkthroughFixture.png(dir, "playground-" + System.nanoTime() + ".png"));
        alt(robot, KeyCode.A);
        screen.waitUntil(() -> screen.viewModel.evidence().itemEvidence().size() == 1);
        screen.waitUntil(() -> robot.lookup("#review-evidence .list-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> cell.getText() != null && cell.getText().startsWith("playground-")));
        Labeled cell = robot.lookup("#review-evidence .list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("playground-")).findFirst().orElseThrow();
        assertThat(cell.getText()).contains("location and camera details removed");
        assertThat(cell.getAccessibleText()).contains("location and camera details removed");

        // Cancelled from the keyboard: the file stays.
        screen.dialogs.confirmAnswer = false;
        ListView<?> list = robot.lookup("#review-evidence").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        Button remove = robot.lookup("#review-evidence-remove").queryAs(Button.class);
        assertThat(remove.isDisabled()).isFalse();
        assertThat(remove.getAccessibleText()).contains("for good", "every revision");
        robot.type(KeyCode.DELETE);
        screen.waitUntil(() -> screen.dialogs.confirmations().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.dialogs.confirmations().get(0)).contains("Remove this evidence file for good?", "playground-",
                "Oak Hill Primary", "Children and Families Together", "its one revision", "cannot be undone");
        assertThat(screen.workspace.reviews().latest(review.id()).evidence()).hasSize(1);

        screen.dialogs.confirmAnswer = true;
        robot.interact(remove::fire);
        screen.waitUntil(() -> screen.dialogs.confirmations().size() == 2 && screen.viewModel.evidence().itemEvidence().isEmpty()
                && !screen.viewModel.evidence().removingProperty().get());
        assertThat(screen.workspace.reviews().latest(review.id()).evidence()).isEmpty();
        assertThat(screen.dialogs.errors()).isEmpty();
    }

    /** A review of the Wolverhampton charter with one voice and one action on its first promise. */
    private Review reviewWithAVoiceAndAnAction() {
        screen.workspace = Workspace.open(WorkspaceOptions.at(screen.dataDir));
        Review review = WalkthroughFixture.startReview(screen.workspace, WalkthroughFixture.WOLVERHAMPTON);
        screen.workspace.reviews().addVoice(review.ref(), "we-promise-1", "Parent carer", "We were asked", false);
        screen.workspace.reviews().addAction(review.ref(), "we-promise-1", "Share minutes", "SENCO", null);
        return review;
    }

    @Test
    void editsARecordedVoiceAndActionFromTheKeyboard(FxRobot robot) {
        Review review = reviewWithAVoiceAndAnAction();
        Review before = screen.workspace.reviews().latest(review.id());
        long voiceId = before.voices().get(0).id();
        long actionId = before.actions().get(0).id();
        screen.show(robot, review);
        screen.waitUntil(() -> screen.viewModel.voices().voices().size() == 1 && screen.viewModel.actions().actions().size() == 1);

        alt(robot, KeyCode.P);
        robot.type(KeyCode.HOME).type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField said = robot.lookup("#review-voice-said").queryAs(TextField.class);
        Button saveVoice = robot.lookup("#review-voice-add").queryAs(Button.class);
        assertThat(said.isFocused()).isTrue();
        assertThat(said.getText()).isEqualTo("We were asked");
        assertThat(said.getAccessibleText()).startsWith("What they said. Editing a recorded voice");
        assertThat(saveVoice.getText()).isEqualTo("Save voi_ce changes");
        assertThat(saveVoice.getAccessibleText()).startsWith("Save the changes to the voice");
        assertThat(robot.lookup("#review-voice-cancel").queryAs(Button.class).isVisible()).isTrue();
        robot.write(" and listened to");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        assertThat(robot.lookup("#review-voice-consent").queryAs(CheckBox.class).isSelected()).isTrue();
        alt(robot, KeyCode.C);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).voices().get(0).said()
                .equals("We were asked and listened to")
                && "Saved".equals(robot.lookup("#review-save-state").queryAs(Label.class).getText()));
        assertThat(screen.workspace.reviews().latest(review.id()).voices()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(voiceId);
            assertThat(v.speakerRole()).isEqualTo("Parent carer");
            assertThat(v.consentToShare()).isTrue();
        });
        assertThat(said.getText()).isEmpty();
        assertThat(saveVoice.getText()).isEqualTo("Add voi_ce");
        assertThat(robot.lookup("#review-voices").queryAs(ListView.class).isFocused())
                .as("focus on %s", screen.stage.getScene().getFocusOwner()).isTrue();

        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField what = robot.lookup("#review-action-what").queryAs(TextField.class);
        assertThat(what.isFocused()).isTrue();
        assertThat(what.getText()).isEqualTo("Share minutes");
        robot.write(" with families");
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Head teacher");
        robot.clickOn("#review-action-due").write("1/3/2027");
        robot.interact(what::requestFocus);
        robot.type(KeyCode.ENTER);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).actions().get(0).description()
                .equals("Share minutes with families") && screen.viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);
        // Back on the list with the same action selected: Space marks it done.
        ListView<?> actions = robot.lookup("#review-actions").queryAs(ListView.class);
        assertThat(actions.isFocused()).isTrue();
        assertThat(actions.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.SPACE);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).actions().get(0).done()
                && "Saved".equals(robot.lookup("#review-save-state").queryAs(Label.class).getText()));
        assertThat(screen.workspace.reviews().latest(review.id()).actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(actionId);
            assertThat(a.ownerRole()).isEqualTo("Head teacher");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
        robot.type(KeyCode.SPACE);
        screen.waitUntil(() -> !screen.workspace.reviews().latest(review.id()).actions().get(0).done());
    }

    @Test
    void cancellingAnEditLeavesTheVoiceAndActionAsStored(FxRobot robot) {
        Review review = reviewWithAVoiceAndAnAction();
        Review before = screen.workspace.reviews().latest(review.id());
        screen.show(robot, review);
        screen.waitUntil(() -> screen.viewModel.voices().voices().size() == 1 && screen.viewModel.actions().actions().size() == 1);

        alt(robot, KeyCode.P);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Something else");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel.voices().getEditing()).isNull();
        assertThat(robot.lookup("#review-voice-said").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#review-voices").queryAs(ListView.class).isFocused()).isTrue();

        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2);
        robot.write(" today");
        robot.type(KeyCode.TAB);
        robot.write(" team");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel.actions().getEditing()).isNull();
        assertThat(robot.lookup("#review-action-what").queryAs(TextField.class).getText()).isEmpty();

        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2);
        robot.write(" never");
        robot.clickOn("#review-action-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel.actions().getEditing()).isNull();

        Review after = screen.workspace.reviews().latest(review.id());
        assertThat(after.voices()).isEqualTo(before.voices());
        assertThat(after.actions()).isEqualTo(before.actions());
        assertThat(screen.workspace.reviews().auditTrail(review.id()))
                .noneSatisfy(e -> assertThat(e.event()).isIn("review.voiceChanged", "review.actionChanged"));
        assertThat(screen.navigator.backToList).isZero();
    }
}
