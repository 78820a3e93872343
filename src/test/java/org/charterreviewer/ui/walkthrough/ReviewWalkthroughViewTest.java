package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.ui.walkthrough.WalkthroughScreen.alt;
import static org.charterreviewer.ui.walkthrough.WalkthroughScreen.shortcut;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.app.MainWindow;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewStatus;
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

/** The walkthrough screen in a real window: a whole review by keys, autosave, a finalised review. */
@ExtendWith(ApplicationExtension.class)
class ReviewWalkthroughViewTest {

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
    void walksAWholeWolverhamptonReviewFromTheKeyboard(FxRobot robot) {
        Review review = screen.show(robot, WalkthroughFixture.WOLVERHAMPTON);
        Path photo = WalkthroughFixture.png(dir, "council-display-" + System.nanoTime() + ".png");
        screen.dialogs.filesToOpen = List.of(photo);
        assertThat(robot.lookup("#review-item-text").queryAs(Label.class).getText())
                .isEqualTo(screen.viewModel.item().getItem().text());
        assertThat(robot.lookup("#review-level-established").queryAs(ToggleButton.class).getAccessibleText())
                .contains("Established", "usual way of working", "key 3");

        robot.type(KeyCode.DIGIT3);
        alt(robot, KeyCode.T);
        robot.write("Pupils showed the council minutes");
        alt(robot, KeyCode.P);
        robot.type(KeyCode.TAB).write("Pupils group");
        robot.type(KeyCode.TAB).write("We chose the new library books");
        robot.type(KeyCode.ENTER);
        screen.waitUntil(() -> screen.viewModel.voices().voices().size() == 1);
        alt(robot, KeyCode.A);
        screen.waitUntil(() -> screen.viewModel.evidence().itemEvidence().size() == 1);

        int items = screen.viewModel.navigation().items().size();
        for (int i = 1; i < items; i++) {
            shortcut(robot, KeyCode.DOWN);
            robot.type(KeyCode.DIGIT3);
        }
        screen.waitUntil(() -> screen.viewModel.header().completenessLabelProperty().get().startsWith(items + " of " + items + " judged")
                && screen.viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);
        assertThat(robot.lookup("#review-completeness").queryAs(Label.class).getText())
                .contains("35 of 35 judged", "without evidence");

        shortcut(robot, KeyCode.O);
        alt(robot, KeyCode.Y);
        robot.type(KeyCode.SPACE);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).decision() != null);
        alt(robot, KeyCode.E);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).isFinalised() && !screen.viewModel.session().isEditable());

        assertThat(robot.lookup("#review-outcome").queryAs(Label.class).getText())
                .isEqualTo("The award rule is not met yet");
        @SuppressWarnings("unchecked")
        ListView<String> findings = robot.lookup("#review-findings").queryAs(ListView.class);
        assertThat(findings.getItems()).anySatisfy(f -> assertThat(f).contains("no evidence"));
        assertThat(robot.lookup("#review-banner").queryAs(Label.class).isVisible()).isTrue();

        Review stored = screen.workspace.reviews().latest(review.id());
        assertThat(stored.status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(stored.judgements().values()).hasSize(35).allSatisfy(j -> assertThat(j.levelId()).isEqualTo("established"));
        assertThat(stored.itemNote("we-promise-1")).hasValueSatisfying(n ->
                assertThat(n.body()).isEqualTo("Pupils showed the council minutes"));
        assertThat(stored.voicesFor("we-promise-1")).singleElement().satisfies(v -> {
            assertThat(v.speakerRole()).isEqualTo("Pupils group");
            assertThat(v.said()).isEqualTo("We chose the new library books");
        });
        assertThat(stored.evidenceFor("we-promise-1")).singleElement()
                .satisfies(e -> assertThat(e.originalName()).isEqualTo(photo.getFileName().toString()));
        assertThat(stored.decision().decision()).isEqualTo(Decision.NOT_YET);
        assertThat(stored.computedOutcome()).isNotNull();
    }

    @Test
    void textTypedIsAutosavedAndSurvivesClosingTheApp(FxRobot robot) throws Exception {
        screen.workspace = Workspace.open(WorkspaceOptions.at(screen.dataDir));
        Review review = WalkthroughFixture.startReview(screen.workspace, WalkthroughFixture.WOLVERHAMPTON);
        robot.interact(() -> {
            screen.window = new MainWindow(screen.stage, screen.workspace, null);
            screen.window.show();
            screen.window.openReview(review.id());
        });
        screen.waitUntil(() -> robot.lookup("#review-note").tryQuery().isPresent()
                && robot.lookup(".level-button").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        alt(robot, KeyCode.T);
        robot.write("Written while talking");
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).itemNote("we-promise-1")
                .map(n -> n.body().equals("Written while talking")).orElse(false));
        assertThat(robot.lookup("#review-save-state").queryAs(Label.class).getText()).isEqualTo("Saved");

        robot.write(" and more");
        // Closing at once, before the pause in typing: the last words are written on the way out.
        WaitForAsyncUtils.asyncFx(() -> screen.window.shutdown()).get();
        screen.window = null;
        screen.workspace.close();

        screen.workspace = Workspace.open(WorkspaceOptions.at(screen.dataDir));
        assertThat(screen.workspace.reviews().latest(review.id()).itemNote("we-promise-1"))
                .hasValueSatisfying(n -> assertThat(n.body()).isEqualTo("Written while talking and more"));
    }

    @Test
    void aFinalisedReviewIsReadOnly(FxRobot robot) {
        screen.workspace = Workspace.open(WorkspaceOptions.at(screen.dataDir));
        Review review = WalkthroughFixture.startReview(screen.workspace, WalkthroughFixture.WOLVERHAMPTON);
        screen.workspace.reviews().addVoice(review.ref(), "we-promise-1", "Parent carer", "We were asked", false);
        screen.workspace.reviews().addAction(review.ref(), "we-promise-1", "Share minutes", "SENCO", null);
        screen.workspace.reviews().judge(review.ref(), "we-promise-1", "emerging");
        screen.workspace.reviews().recordDecision(review.ref(), Decision.NOT_YET, "Early days", null);
        screen.workspace.reviews().finalise(review.ref());
        screen.show(robot, review);

        assertThat(robot.lookup("#review-banner").queryAs(Label.class).getText()).startsWith("Finalised on");
        assertThat(robot.lookup("#review-status").queryAs(Label.class).getText()).isEqualTo("Finalised, revision 1");
        assertThat(robot.lookup("#review-note").queryAs(TextArea.class).isEditable()).isFalse();
        for (String id : List.of("#review-level-embedded", "#review-evidence-add", "#review-voice-add",
                "#review-action-add", "#review-finalise", "#review-flag", "#review-voice-edit", "#review-action-edit",
                "#review-action-done")) {
            assertThat(robot.lookup(id).queryAs(Node.class).isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup("#review-amend").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#review-sidebar").queryAs(Node.class).requestFocus());
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.workspace.reviews().latest(review.id()).levelOf("we-promise-1")).contains("emerging");

        // The recorded voice and action cannot be loaded for editing, nor the action marked done.
        robot.type(KeyCode.HOME);
        screen.waitUntil(() -> screen.viewModel.voices().voices().size() == 1 && screen.viewModel.actions().actions().size() == 1);
        alt(robot, KeyCode.P);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER).type(KeyCode.F2);
        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel.voices().getEditing()).isNull();
        assertThat(screen.viewModel.actions().getEditing()).isNull();
        assertThat(robot.lookup("#review-voice-said").queryAs(TextField.class).getText()).isEmpty();
        Review after = screen.workspace.reviews().latest(review.id());
        assertThat(after.actions()).singleElement().satisfies(a -> assertThat(a.done()).isFalse());
        assertThat(after.voices()).singleElement().satisfies(v -> assertThat(v.said()).isEqualTo("We were asked"));
    }
}
