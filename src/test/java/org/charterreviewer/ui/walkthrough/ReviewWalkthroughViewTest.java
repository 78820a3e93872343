package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.FxTaskExecutor;
import org.charterreviewer.ui.common.FxTypingPause;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.walkthrough.WalkthroughFixture.FakeNavigator;
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

@ExtendWith(ApplicationExtension.class)
class ReviewWalkthroughViewTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private Path dataDir;
    private Workspace workspace;
    private ReviewWalkthroughViewModel viewModel;
    private ReviewWalkthroughView view;
    private MainWindow window;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeNavigator navigator = new FakeNavigator();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dataDir = dir.resolve("data-" + System.nanoTime());
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        }
        if (viewModel != null) {
            viewModel.closeAndWait(5_000);
        }
        tasks.shutdown();
        if (workspace != null) {
            workspace.close();
        }
    }

    private Review showScreen(FxRobot robot, String charterId) {
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, charterId);
        showScreen(robot, review);
        return review;
    }

    private void showScreen(FxRobot robot, Review review) {
        viewModel = new ReviewWalkthroughViewModel(review.id(), MainWindow.walkthroughServices(workspace), tasks, tasks,
                dialogs, navigator, new FxTypingPause(400));
        view = new ReviewWalkthroughView(viewModel);
        robot.interact(() -> {
            Scene scene = new Scene((Parent) view.node(), 1300, 860);
            scene.getStylesheets().add(Styles.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            view.onShow();
        });
        waitUntil(() -> viewModel.item().getItem() != null && robot.lookup(".level-button").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void walksAWholeWolverhamptonReviewFromTheKeyboard(FxRobot robot) {
        Review review = showScreen(robot, WalkthroughFixture.WOLVERHAMPTON);
        Path photo = WalkthroughFixture.png(dir, "council-display-" + System.nanoTime() + ".png");
        dialogs.filesToOpen = List.of(photo);
        assertThat(robot.lookup("#review-item-text").queryAs(Label.class).getText())
                .isEqualTo(viewModel.item().getItem().text());
        assertThat(robot.lookup("#review-level-established").queryAs(ToggleButton.class).getAccessibleText())
                .contains("Established", "usual way of working", "key 3");

        robot.type(KeyCode.DIGIT3);
        alt(robot, KeyCode.T);
        robot.write("Pupils showed the council minutes");
        alt(robot, KeyCode.P);
        robot.type(KeyCode.TAB).write("Pupils group");
        robot.type(KeyCode.TAB).write("We chose the new library books");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> viewModel.voices().voices().size() == 1);
        alt(robot, KeyCode.A);
        waitUntil(() -> viewModel.evidence().itemEvidence().size() == 1);

        int items = viewModel.navigation().items().size();
        for (int i = 1; i < items; i++) {
            shortcut(robot, KeyCode.DOWN);
            robot.type(KeyCode.DIGIT3);
        }
        waitUntil(() -> viewModel.header().completenessLabelProperty().get().startsWith(items + " of " + items + " judged")
                && viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);
        assertThat(robot.lookup("#review-completeness").queryAs(Label.class).getText())
                .contains("35 of 35 judged", "without evidence");

        shortcut(robot, KeyCode.O);
        alt(robot, KeyCode.Y);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> workspace.reviews().latest(review.id()).decision() != null);
        alt(robot, KeyCode.E);
        waitUntil(() -> workspace.reviews().latest(review.id()).isFinalised() && !viewModel.session().isEditable());

        assertThat(robot.lookup("#review-outcome").queryAs(Label.class).getText())
                .isEqualTo("The award rule is not met yet");
        @SuppressWarnings("unchecked")
        ListView<String> findings = robot.lookup("#review-findings").queryAs(ListView.class);
        assertThat(findings.getItems()).anySatisfy(f -> assertThat(f).contains("no evidence"));
        assertThat(robot.lookup("#review-banner").queryAs(Label.class).isVisible()).isTrue();

        Review stored = workspace.reviews().latest(review.id());
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
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, WalkthroughFixture.WOLVERHAMPTON);
        robot.interact(() -> {
            window = new MainWindow(stage, workspace, null);
            window.show();
            window.openReview(review.id());
        });
        waitUntil(() -> robot.lookup("#review-note").tryQuery().isPresent()
                && robot.lookup(".level-button").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        alt(robot, KeyCode.T);
        robot.write("Written while talking");
        waitUntil(() -> workspace.reviews().latest(review.id()).itemNote("we-promise-1")
                .map(n -> n.body().equals("Written while talking")).orElse(false));
        assertThat(robot.lookup("#review-save-state").queryAs(Label.class).getText()).isEqualTo("Saved");

        robot.write(" and more");
        // Closing at once, before the pause in typing: the last words are written on the way out.
        WaitForAsyncUtils.asyncFx(() -> window.shutdown()).get();
        window = null;
        workspace.close();

        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        assertThat(workspace.reviews().latest(review.id()).itemNote("we-promise-1"))
                .hasValueSatisfying(n -> assertThat(n.body()).isEqualTo("Written while talking and more"));
    }

    @Test
    void removesAnAttachedPhotoForGoodAfterConfirmationAndShowsItWasCleaned(FxRobot robot) {
        Review review = showScreen(robot, WalkthroughFixture.WOLVERHAMPTON);
        dialogs.filesToOpen = List.of(WalkthroughFixture.png(dir, "playground-" + System.nanoTime() + ".png"));
        alt(robot, KeyCode.A);
        waitUntil(() -> viewModel.evidence().itemEvidence().size() == 1);
        waitUntil(() -> robot.lookup("#review-evidence .list-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> cell.getText() != null && cell.getText().startsWith("playground-")));
        Labeled cell = robot.lookup("#review-evidence .list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("playground-")).findFirst().orElseThrow();
        assertThat(cell.getText()).contains("location and camera details removed");
        assertThat(cell.getAccessibleText()).contains("location and camera details removed");

        // Cancelled from the keyboard: the file stays.
        dialogs.confirmAnswer = false;
        ListView<?> list = robot.lookup("#review-evidence").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        Button remove = robot.lookup("#review-evidence-remove").queryAs(Button.class);
        assertThat(remove.isDisabled()).isFalse();
        assertThat(remove.getAccessibleText()).contains("for good", "every revision");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> dialogs.confirmations().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations().get(0)).contains("Remove this evidence file for good?", "playground-",
                "Oak Hill Primary", "Children and Families Together", "its one revision", "cannot be undone");
        assertThat(workspace.reviews().latest(review.id()).evidence()).hasSize(1);

        dialogs.confirmAnswer = true;
        robot.interact(remove::fire);
        waitUntil(() -> dialogs.confirmations().size() == 2 && viewModel.evidence().itemEvidence().isEmpty()
                && !viewModel.evidence().removingProperty().get());
        assertThat(workspace.reviews().latest(review.id()).evidence()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aFinalisedReviewIsReadOnly(FxRobot robot) {
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, WalkthroughFixture.WOLVERHAMPTON);
        workspace.reviews().addVoice(review.ref(), "we-promise-1", "Parent carer", "We were asked", false);
        workspace.reviews().addAction(review.ref(), "we-promise-1", "Share minutes", "SENCO", null);
        workspace.reviews().judge(review.ref(), "we-promise-1", "emerging");
        workspace.reviews().recordDecision(review.ref(), Decision.NOT_YET, "Early days", null);
        workspace.reviews().finalise(review.ref());
        showScreen(robot, review);

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
        assertThat(workspace.reviews().latest(review.id()).levelOf("we-promise-1")).contains("emerging");

        // The recorded voice and action cannot be loaded for editing, nor the action marked done.
        robot.type(KeyCode.HOME);
        waitUntil(() -> viewModel.voices().voices().size() == 1 && viewModel.actions().actions().size() == 1);
        alt(robot, KeyCode.P);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER).type(KeyCode.F2);
        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.voices().getEditing()).isNull();
        assertThat(viewModel.actions().getEditing()).isNull();
        assertThat(robot.lookup("#review-voice-said").queryAs(TextField.class).getText()).isEmpty();
        Review after = workspace.reviews().latest(review.id());
        assertThat(after.actions()).singleElement().satisfies(a -> assertThat(a.done()).isFalse());
        assertThat(after.voices()).singleElement().satisfies(v -> assertThat(v.said()).isEqualTo("We were asked"));
    }

    @Test
    void signsTheBcpPledge(FxRobot robot) {
        Review review = showScreen(robot, WalkthroughFixture.BCP);
        assertThat(robot.lookup("#review-level-acknowledged").queryAs(ToggleButton.class).getText())
                .contains("Acknowledged");
        int commitments = (int) workspace.reviews().charterOf(review).judgedItems().size();
        for (int i = 0; i < commitments; i++) {
            robot.type(KeyCode.DIGIT1);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.CONTROL);
        }
        waitUntil(() -> workspace.reviews().latest(review.id()).judgements().size() == commitments
                && viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);

        shortcut(robot, KeyCode.O);
        assertThat(robot.lookup("#review-outcome").queryAs(Label.class).getText()).isEqualTo("Pledge not signed yet");
        robot.clickOn("#review-sign-name").write("Sam Patel");
        robot.clickOn("#review-sign-role").write("Head teacher");
        robot.interact(() -> robot.lookup("#review-sign-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 20)));
        robot.clickOn("#review-sign-consent");
        robot.clickOn("#review-signatory-add");
        waitUntil(() -> !workspace.reviews().latest(review.id()).signatories().isEmpty()
                && workspace.reviews().latest(review.id()).signatories().get(0).consentToPublish());
        waitUntil(() -> "Pledge signed".equals(robot.lookup("#review-outcome").queryAs(Label.class).getText()));

        alt(robot, KeyCode.W);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> workspace.reviews().latest(review.id()).decision() != null);
        alt(robot, KeyCode.E);
        waitUntil(() -> workspace.reviews().latest(review.id()).isFinalised());
        Review stored = workspace.reviews().latest(review.id());
        assertThat(stored.signatories().get(0).name()).isEqualTo("Sam Patel");
        assertThat(stored.decision().decision()).isEqualTo(Decision.AWARDED);
        assertThat(stored.awardedOn()).isNotNull();
    }

    /** A review of the Wolverhampton charter with one voice and one action on its first promise. */
    private Review reviewWithAVoiceAndAnAction() {
        workspace = Workspace.open(WorkspaceOptions.at(dataDir));
        Review review = WalkthroughFixture.startReview(workspace, WalkthroughFixture.WOLVERHAMPTON);
        workspace.reviews().addVoice(review.ref(), "we-promise-1", "Parent carer", "We were asked", false);
        workspace.reviews().addAction(review.ref(), "we-promise-1", "Share minutes", "SENCO", null);
        return review;
    }

    @Test
    void editsARecordedVoiceAndActionFromTheKeyboard(FxRobot robot) {
        Review review = reviewWithAVoiceAndAnAction();
        Review before = workspace.reviews().latest(review.id());
        long voiceId = before.voices().get(0).id();
        long actionId = before.actions().get(0).id();
        showScreen(robot, review);
        waitUntil(() -> viewModel.voices().voices().size() == 1 && viewModel.actions().actions().size() == 1);

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
        waitUntil(() -> workspace.reviews().latest(review.id()).voices().get(0).said()
                .equals("We were asked and listened to")
                && "Saved".equals(robot.lookup("#review-save-state").queryAs(Label.class).getText()));
        assertThat(workspace.reviews().latest(review.id()).voices()).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(voiceId);
            assertThat(v.speakerRole()).isEqualTo("Parent carer");
            assertThat(v.consentToShare()).isTrue();
        });
        assertThat(said.getText()).isEmpty();
        assertThat(saveVoice.getText()).isEqualTo("Add voi_ce");
        assertThat(robot.lookup("#review-voices").queryAs(ListView.class).isFocused())
                .as("focus on %s", stage.getScene().getFocusOwner()).isTrue();

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
        waitUntil(() -> workspace.reviews().latest(review.id()).actions().get(0).description()
                .equals("Share minutes with families") && viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);
        // Back on the list with the same action selected: Space marks it done.
        ListView<?> actions = robot.lookup("#review-actions").queryAs(ListView.class);
        assertThat(actions.isFocused()).isTrue();
        assertThat(actions.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.SPACE);
        waitUntil(() -> workspace.reviews().latest(review.id()).actions().get(0).done()
                && "Saved".equals(robot.lookup("#review-save-state").queryAs(Label.class).getText()));
        assertThat(workspace.reviews().latest(review.id()).actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(actionId);
            assertThat(a.ownerRole()).isEqualTo("Head teacher");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        });
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !workspace.reviews().latest(review.id()).actions().get(0).done());
    }

    @Test
    void cancellingAnEditLeavesTheVoiceAndActionAsStored(FxRobot robot) {
        Review review = reviewWithAVoiceAndAnAction();
        Review before = workspace.reviews().latest(review.id());
        showScreen(robot, review);
        waitUntil(() -> viewModel.voices().voices().size() == 1 && viewModel.actions().actions().size() == 1);

        alt(robot, KeyCode.P);
        robot.type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Something else");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.voices().getEditing()).isNull();
        assertThat(robot.lookup("#review-voice-said").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#review-voices").queryAs(ListView.class).isFocused()).isTrue();

        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2);
        robot.write(" today");
        robot.type(KeyCode.TAB);
        robot.write(" team");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.actions().getEditing()).isNull();
        assertThat(robot.lookup("#review-action-what").queryAs(TextField.class).getText()).isEmpty();

        alt(robot, KeyCode.U);
        robot.type(KeyCode.HOME).type(KeyCode.F2);
        robot.write(" never");
        robot.clickOn("#review-action-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.actions().getEditing()).isNull();

        Review after = workspace.reviews().latest(review.id());
        assertThat(after.voices()).isEqualTo(before.voices());
        assertThat(after.actions()).isEqualTo(before.actions());
        assertThat(workspace.reviews().auditTrail(review.id()))
                .noneSatisfy(e -> assertThat(e.event()).isIn("review.voiceChanged", "review.actionChanged"));
        assertThat(navigator.backToList).isZero();
    }

    @Test
    void opensTheContextSectionsOfTheBcpPledgeFromTheSidebar(FxRobot robot) {
        Review review = showScreen(robot, WalkthroughFixture.BCP);
        ListView<?> sidebar = robot.lookup("#review-sidebar").queryAs(ListView.class);
        robot.interact(sidebar::requestFocus);
        robot.type(KeyCode.HOME);
        waitUntil(() -> viewModel.item().getShownSection() != null);
        Label words = robot.lookup("#review-item-text").queryAs(Label.class);
        assertThat(robot.lookup("#review-section-title").queryAs(Label.class).getText()).isEqualTo("Our Vision:");
        assertThat(words.getText()).startsWith("Our vision is that children, young people with SEND");
        assertThat(words.getAccessibleText()).startsWith("Our Vision. Our vision is that");
        assertThat(robot.lookup("#review-context-only").queryAs(Label.class).getText()).contains("nothing here is judged");
        assertThat(robot.lookup("#review-item-parts").queryAs(Node.class).isVisible()).isFalse();
        robot.type(KeyCode.DIGIT1);
        assertThat(sidebar.isFocused()).isTrue();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> "Our Aim:".equals(robot.lookup("#review-section-title").queryAs(Label.class).getText()));
        assertThat(words.getText()).startsWith("Professionals, parent carers and children and young people");
        assertThat(sidebar.isFocused()).isTrue();

        robot.type(KeyCode.DOWN);
        waitUntil(() -> viewModel.item().getItem() != null);
        assertThat(viewModel.item().getShownSection()).isNull();
        assertThat(words.getText()).isEqualTo(viewModel.item().getItem().text());
        assertThat(robot.lookup("#review-item-parts").queryAs(Node.class).isVisible()).isTrue();
        robot.type(KeyCode.UP).type(KeyCode.UP);
        waitUntil(() -> viewModel.item().getShownSection() != null);
        assertThat(viewModel.item().getShownSection().title()).isEqualTo("Our Aim:");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.reviews().latest(review.id()).judgements()).isEmpty();
    }

    private static void alt(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.ALT).type(code).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL).type(code).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Condition not met in time; focus on " + stage.getScene().getFocusOwner()
                    + ", save state " + (viewModel == null ? "-" : viewModel.session().getSaveState() + " "
                    + viewModel.session().saveMessageProperty().get() + " voice form "
                    + viewModel.voices().messageProperty().get() + " decision "
                    + viewModel.outcome().decisionProperty().get() + " hint " + viewModel.outcome().hintProperty().get()
                    + " item " + viewModel.item().getItem() + " judged in memory "
                    + viewModel.session().getReview().judgements().size() + " errors " + dialogs.errors()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
