package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.review.Review;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What an officer found wrong in the walkthrough, each checked in the real window on a real screen.workspace. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughOfficerFixesTest {

    /** 130 characters, as long a school name as the register holds. */
    static final String LONG_NAME = "St Bartholomew's Church of England Voluntary Controlled Primary School and Nursery "
            + "with Specialist Resource Base for Pupils (SEND)";

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

    private Review show(FxRobot robot, String school, double width, double height) {
        return screen.show(robot, WalkthroughFixture.WOLVERHAMPTON, school, width, height);
    }

    @Test
    void aDueDateIsReadTheUkWayAndAnUnreadableOneIsShownBesideTheFieldNeverDropped(FxRobot robot) {
        Review review = show(robot, "Oak Hill Primary", 1366, 900);
        TextField due = robot.lookup("#review-action-due").queryAs(TextField.class);
        TextField what = robot.lookup("#review-action-what").queryAs(TextField.class);
        robot.interact(what::requestFocus);
        robot.write("Share minutes with families");
        robot.interact(due::requestFocus);
        robot.write("01/03/2028").type(KeyCode.ENTER);
        waitUntil(() -> screen.workspace.reviews().latest(review.id()).actions().size() == 1);
        assertThat(screen.workspace.reviews().latest(review.id()).actions().get(0).dueDate()).isEqualTo(LocalDate.of(2028, 3, 1));

        robot.interact(what::requestFocus);
        robot.write("Invite parents to the council");
        robot.interact(due::requestFocus);
        robot.write("31/02/2028").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#review-action-due-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("31/02/2028", "day first");
        assertThat(due.getText()).isEqualTo("31/02/2028");
        assertThat(what.getText()).isEqualTo("Invite parents to the council");
        assertThat(screen.workspace.reviews().latest(review.id()).actions()).hasSize(1);

        robot.interact(due::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("1 Mar 2028");
        assertThat(error.isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.workspace.reviews().latest(review.id()).actions().size() == 2);
        assertThat(screen.workspace.reviews().latest(review.id()).actions()).allSatisfy(a ->
                assertThat(a.dueDate()).isEqualTo(LocalDate.of(2028, 3, 1)));
    }

    @Test
    void judgingFromTheKeyboardScrollsTheLevelsIntoViewAndArrowsDoNotWrap(FxRobot robot) {
        Review review = show(robot, "Oak Hill Primary", 1100, 560);
        ScrollPane scroll = robot.lookup("#review-item-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton embedded = robot.lookup("#review-level-embedded").queryAs(ToggleButton.class);
        assertThat(visibleIn(scroll, embedded)).as("scrolled away first").isFalse();

        robot.interact(embedded::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleIn(scroll, embedded)).isTrue();

        robot.type(KeyCode.SPACE);
        waitUntil(() -> screen.workspace.reviews().latest(review.id()).levelOf("we-promise-1").isPresent());
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(embedded.isFocused()).isTrue();
        assertThat(screen.viewModel.item().getLevel()).isEqualTo("embedded");
        robot.type(KeyCode.LEFT);
        waitUntil(() -> "established".equals(screen.viewModel.item().getLevel()));
        assertThat(robot.lookup("#review-level-established").queryAs(ToggleButton.class).isFocused()).isTrue();
    }

    @Test
    void nextAndPreviousSitAtTheFootOfEveryItemWithTheirKeysOnScreen(FxRobot robot) {
        show(robot, "Oak Hill Primary", 1366, 768);
        Button next = robot.lookup("#review-next").queryAs(Button.class);
        Button previous = robot.lookup("#review-previous").queryAs(Button.class);
        assertThat(next.getText()).isEqualTo("Next item");
        assertThat(robot.lookup("#review-next-key").queryAs(Label.class).getText()).isEqualTo("Ctrl+Down");
        assertThat(robot.lookup("#review-previous-key").queryAs(Label.class).getText()).isEqualTo("Ctrl+Up");
        assertThat(robot.lookup("#review-next-key").queryAs(Label.class).isVisible()).isTrue();
        assertThat(previous.isDisabled()).isTrue();

        robot.interact(next::fire);
        waitUntil(() -> screen.viewModel.item().getItem().id().equals("we-promise-2"));
        assertThat(previous.isDisabled()).isFalse();
        robot.interact(previous::fire);
        waitUntil(() -> screen.viewModel.item().getItem().id().equals("we-promise-1"));
    }

    @Test
    void tabLeavesTheNotesWithoutTypingATab(FxRobot robot) {
        Review review = show(robot, "Oak Hill Primary", 1366, 900);
        TextArea note = robot.lookup("#review-note").queryAs(TextArea.class);
        robot.interact(note::requestFocus);
        robot.write("Minutes seen");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getText()).isEqualTo("Minutes seen");
        assertThat(note.isFocused()).isFalse();
        assertThat(screen.stage.getScene().getFocusOwner().getId()).isEqualTo("review-note-internal");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.isFocused()).isTrue();
        waitUntil(() -> screen.workspace.reviews().latest(review.id()).itemNote("we-promise-1")
                .map(n -> n.body().equals("Minutes seen")).orElse(false));
    }

    @Test
    void theHeaderHoldsA130CharacterSchoolNameAndKeepsBackAndTheSaveStateWhole(FxRobot robot) {
        assertThat(LONG_NAME).hasSize(130);
        show(robot, LONG_NAME, 1366, 768);
        WaitForAsyncUtils.waitForFxEvents();
        Label school = robot.lookup("#review-school").queryAs(Label.class);
        Button back = robot.lookup("#review-back").queryAs(Button.class);
        Label saved = robot.lookup("#review-save-state").queryAs(Label.class);
        assertThat(school.getTooltip().getText()).isEqualTo(LONG_NAME);
        assertThat(school.isWrapText()).isTrue();
        assertThat(back.getWidth()).isGreaterThanOrEqualTo(back.prefWidth(-1) - 0.5);
        assertThat(saved.getWidth()).isGreaterThanOrEqualTo(saved.prefWidth(-1) - 0.5);
        assertThat(saved.getHeight()).isLessThan(3 * saved.getFont().getSize());
        Bounds name = school.localToScene(school.getBoundsInLocal());
        Bounds state = saved.localToScene(saved.getBoundsInLocal());
        // The save state sits beside the completeness line, under the name: the two never overlap.
        assertThat(name.intersects(state)).as("name %s and save state %s overlap", name, state).isFalse();
        assertThat(state.getMaxX()).isLessThanOrEqualTo(robot.lookup("#review-school").query().getScene().getWidth());
        assertThat(school.getHeight()).isLessThanOrEqualTo(3 * school.getFont().getSize());
    }

    @Test
    void theFormsKeepVisibleLabelsAndLinkingLeavesFocusWithTheEvidence(FxRobot robot) {
        show(robot, "Oak Hill Primary", 1366, 900);
        for (String id : List.of("review-voice-role", "review-voice-said", "review-action-what", "review-action-owner",
                "review-action-due", "review-evidence-linkable")) {
            Node field = robot.lookup("#" + id).query();
            assertThat(robot.lookup(".label").queryAllAs(Label.class).stream()
                    .filter(l -> l.getLabelFor() == field && l.isVisible() && !l.getText().isBlank()))
                    .as("a visible label for %s", id).isNotEmpty();
        }

        screen.dialogs.filesToOpen = List.of(WalkthroughFixture.png(dir, "display-" + System.nanoTime() + ".png"));
        robot.interact(() -> robot.lookup("#review-evidence-add").queryAs(Button.class).fire());
        waitUntil(() -> screen.viewModel.evidence().itemEvidence().size() == 1);
        robot.interact(() -> robot.lookup("#review-next").queryAs(Button.class).fire());
        waitUntil(() -> screen.viewModel.evidence().linkable().size() == 1);
        @SuppressWarnings("unchecked")
        ComboBox<Object> linkable = robot.lookup("#review-evidence-linkable").queryAs(ComboBox.class);
        robot.interact(() -> linkable.setValue(linkable.getItems().get(0)));
        robot.interact(() -> robot.lookup("#review-evidence-link").queryAs(Button.class).requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> screen.viewModel.evidence().itemEvidence().size() == 1);
        Node focus = screen.stage.getScene().getFocusOwner();
        Node evidencePane = robot.lookup("#review-evidence-pane").query();
        assertThat(isInside(focus, evidencePane)).as("focus on %s", focus).isTrue();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean visibleIn(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getMinY() >= viewport.getMinY() && bounds.getMaxY() <= viewport.getMaxY();
    }

    private void waitUntil(BooleanSupplier condition) {
        screen.waitUntil(condition);
    }
}
