package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.ui.walkthrough.WalkthroughScreen.alt;
import static org.charterreviewer.ui.walkthrough.WalkthroughScreen.shortcut;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Review;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The BCP pledge in a real window: signing it, and reading its context-only sections from the sidebar. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughPledgeViewTest {

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
    void signsTheBcpPledge(FxRobot robot) {
        Review review = screen.show(robot, WalkthroughFixture.BCP);
        assertThat(robot.lookup("#review-level-acknowledged").queryAs(ToggleButton.class).getText())
                .contains("Acknowledged");
        int commitments = (int) screen.workspace.reviews().charterOf(review).judgedItems().size();
        for (int i = 0; i < commitments; i++) {
            robot.type(KeyCode.DIGIT1);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.CONTROL);
        }
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).judgements().size() == commitments
                && screen.viewModel.session().getSaveState() == ReviewSession.SaveState.SAVED);

        shortcut(robot, KeyCode.O);
        assertThat(robot.lookup("#review-outcome").queryAs(Label.class).getText()).isEqualTo("Pledge not signed yet");
        robot.clickOn("#review-sign-name").write("Sam Patel");
        robot.clickOn("#review-sign-role").write("Head teacher");
        robot.interact(() -> robot.lookup("#review-sign-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 20)));
        robot.clickOn("#review-sign-consent");
        robot.clickOn("#review-signatory-add");
        screen.waitUntil(() -> !screen.workspace.reviews().latest(review.id()).signatories().isEmpty()
                && screen.workspace.reviews().latest(review.id()).signatories().get(0).consentToPublish());
        screen.waitUntil(() -> "Pledge signed".equals(robot.lookup("#review-outcome").queryAs(Label.class).getText()));

        alt(robot, KeyCode.W);
        robot.type(KeyCode.SPACE);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).decision() != null);
        alt(robot, KeyCode.E);
        screen.waitUntil(() -> screen.workspace.reviews().latest(review.id()).isFinalised());
        Review stored = screen.workspace.reviews().latest(review.id());
        assertThat(stored.signatories().get(0).name()).isEqualTo("Sam Patel");
        assertThat(stored.decision().decision()).isEqualTo(Decision.AWARDED);
        assertThat(stored.awardedOn()).isNotNull();
    }

    @Test
    void opensTheContextSectionsOfTheBcpPledgeFromTheSidebar(FxRobot robot) {
        Review review = screen.show(robot, WalkthroughFixture.BCP);
        ListView<?> sidebar = robot.lookup("#review-sidebar").queryAs(ListView.class);
        robot.interact(sidebar::requestFocus);
        robot.type(KeyCode.HOME);
        screen.waitUntil(() -> screen.viewModel.item().getShownSection() != null);
        Label words = robot.lookup("#review-item-text").queryAs(Label.class);
        assertThat(robot.lookup("#review-section-title").queryAs(Label.class).getText()).isEqualTo("Our Vision:");
        assertThat(words.getText()).startsWith("Our vision is that children, young people with SEND");
        assertThat(words.getAccessibleText()).startsWith("Our Vision. Our vision is that");
        assertThat(robot.lookup("#review-context-only").queryAs(Label.class).getText()).contains("nothing here is judged");
        assertThat(robot.lookup("#review-item-parts").queryAs(Node.class).isVisible()).isFalse();
        robot.type(KeyCode.DIGIT1);
        assertThat(sidebar.isFocused()).isTrue();

        robot.type(KeyCode.DOWN);
        screen.waitUntil(() -> "Our Aim:".equals(robot.lookup("#review-section-title").queryAs(Label.class).getText()));
        assertThat(words.getText()).startsWith("Professionals, parent carers and children and young people");
        assertThat(sidebar.isFocused()).isTrue();

        robot.type(KeyCode.DOWN);
        screen.waitUntil(() -> screen.viewModel.item().getItem() != null);
        assertThat(screen.viewModel.item().getShownSection()).isNull();
        assertThat(words.getText()).isEqualTo(screen.viewModel.item().getItem().text());
        assertThat(robot.lookup("#review-item-parts").queryAs(Node.class).isVisible()).isTrue();
        robot.type(KeyCode.UP).type(KeyCode.UP);
        screen.waitUntil(() -> screen.viewModel.item().getShownSection() != null);
        assertThat(screen.viewModel.item().getShownSection().title()).isEqualTo("Our Aim:");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.workspace.reviews().latest(review.id()).judgements()).isEmpty();
    }
}
