package org.charterreviewer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.testing.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "which review?" dialog: its button says what it goes on to do, and the keyboard chooses. */
@ExtendWith(ApplicationExtension.class)
class ReviewChoiceTest {

    private static final ReviewSummary FIRST = review("Oakfield Primary School");
    private static final ReviewSummary SECOND = review("St Bartholomew's Church of England Voluntary Controlled Primary School");

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Button("behind")), 400, 300));
        stage.show();
    }

    @Test
    void theButtonIsNamedForTheExportAndArrowAndEnterChooseTheSecondReview(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ReviewSummary>> answer = ask();
        DialogPane pane = robot.lookup("#report-review-choice").queryAs(DialogPane.class);
        assertThat(((Button) pane.lookupButton(ButtonType.OK)).getText()).isEqualTo("Export report…");
        @SuppressWarnings("unchecked")
        ComboBox<ReviewSummary> list = robot.lookup("#report-review-list").queryAs(ComboBox.class);
        assertThat(list.getAccessibleText()).isEqualTo("Review:");
        assertThat(list.getConverter().toString(SECOND)).as("a review in the caller's words")
                .isEqualTo(SECOND.schoolName());
        robot.interact(list::requestFocus);
        Keyboard.type(robot, KeyCode.DOWN);
        Keyboard.type(robot, KeyCode.ENTER);
        assertThat(answer.get()).contains(SECOND);
    }

    @Test
    void aLongReviewLeavesTheListsLabelWhole(FxRobot robot) {
        Platform.runLater(() -> new ReviewChoice("report-review-choice", "report-review-list", "Export review report",
                "Which review should the report show?", "Review:", "Export report…",
                r -> r.schoolName() + " – " + r.charterTitle() + " – " + r.schoolName()).ask(owner, List.of(SECOND, FIRST)));
        WaitForAsyncUtils.waitForFxEvents();
        // As narrow as a dialog gets at 200 % text on a laptop, relative to its words.
        javafx.stage.Window window = robot.lookup("#report-review-choice").query().getScene().getWindow();
        robot.interact(() -> window.setWidth(420));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label label = robot.lookup("#report-review-choice .label").queryAllAs(
                javafx.scene.control.Label.class).stream().filter(l -> "Review:".equals(l.getText())).findFirst().orElseThrow();
        assertThat(label.lookup(".text")).isInstanceOfSatisfying(javafx.scene.text.Text.class,
                text -> assertThat(text.getText()).as("not cut to an ellipsis").isEqualTo("Review:"));
        Keyboard.type(robot, KeyCode.ESCAPE);
    }

    @Test
    void escapeChoosesNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ReviewSummary>> answer = ask();
        robot.lookup("#report-review-choice").query();
        Keyboard.type(robot, KeyCode.ESCAPE);
        assertThat(answer.get()).isEmpty();
    }

    private CompletableFuture<Optional<ReviewSummary>> ask() {
        CompletableFuture<Optional<ReviewSummary>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new ReviewChoice("report-review-choice", "report-review-list",
                "Export review report", "Which review should the report show?", "Review:", "Export report…",
                ReviewSummary::schoolName).ask(owner, List.of(FIRST, SECOND))));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static ReviewSummary review(String school) {
        return new ReviewSummary(UUID.randomUUID(), 1, ReviewStatus.FINALISED, 1, school, "100000", "wolverhampton",
                "1.0", "Wolverhampton co-production charter", LocalDate.of(2026, 11, 3), Decision.AWARDED,
                LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3), Instant.parse("2026-11-03T10:00:00Z"));
    }
}
