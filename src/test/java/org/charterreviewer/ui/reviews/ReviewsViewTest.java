package org.charterreviewer.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reviews screen on its own, on a real data folder, driven from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ReviewsViewTest {

    @TempDir
    static Path dir;

    ReviewsFixture fixture;
    RecordingNavigator navigator = new RecordingNavigator();
    RecordingDialogService dialogs = new RecordingDialogService();
    ReviewsView view;
    Review lowHill;
    Review oakfield;
    Review elm;

    @Start
    void start(Stage stage) {
        fixture = new ReviewsFixture(dir.resolve("data-" + System.nanoTime()));
        long a = fixture.school("Low Hill Nursery School", "103986");
        long b = fixture.school("Oakfield Primary", "104000");
        long c = fixture.school("Elm Academy", "105555");
        lowHill = fixture.award(fixture.start(a, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 10)));
        oakfield = fixture.start(b, ReviewsFixture.WOLVERHAMPTON, LocalDate.of(2024, 1, 12));
        elm = fixture.start(c, ReviewsFixture.BCP, LocalDate.of(2024, 1, 14));
        // Nearly two years on: the Low Hill award ends within 90 days.
        fixture.clock.set(Instant.parse("2025-12-01T09:00:00Z"));

        view = new ReviewsView(new ReviewsViewModel(fixture.services(), new ImmediateTaskExecutor(), dialogs, navigator));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1100, 700);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.onShow();
        view.initialFocus().requestFocus();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void listsTheReviewsNewestVisitFirst(FxRobot robot) {
        assertThat(ids(robot)).containsExactly(elm.id(), oakfield.id(), lowHill.id());
        assertThat(robot.lookup("#reviews-count").queryAs(Label.class).getText()).isEqualTo("3 reviews");
    }

    @Test
    void filtersByTextFromCtrlFAndByStatus(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("oak");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).containsExactly(oakfield.id());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).hasSize(3);

        ComboBox<?> status = robot.lookup("#reviews-status").queryAs(ComboBox.class);
        robot.clickOn(status);                                // the list opens on "Any status"
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(status.getValue().toString()).isEqualTo(ReviewsViewModel.statusText(ReviewStatus.FINALISED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).containsExactly(lowHill.id());
    }

    @Test
    void showsAwardsDueForRenewal(FxRobot robot) {
        robot.clickOn("#reviews-mode-due");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).containsExactly(lowHill.id());
        assertThat(robot.lookup("#reviews-count").queryAs(Label.class).getText()).isEqualTo("1 award due for renewal");
        assertThat(robot.lookup("15 Jan 2026 · in 45 days").tryQuery()).isPresent();

        robot.clickOn("#reviews-mode-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(robot)).hasSize(3);
    }

    @Test
    void theDeleteKeyDeletesTheChosenReviewForGoodAfterConfirmation(FxRobot robot) {
        robot.clickOn("#reviews-table");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations()).hasSize(1);
        assertThat(dialogs.confirmations().get(0)).contains("Delete this review for good?", "Oakfield Primary",
                "Children and Families Together Co-Production Charter", "12 Jan 2024", "its one revision", "no evidence files", "cannot be undone");
        assertThat(ids(robot)).containsExactly(elm.id(), lowHill.id());
        assertThat(fixture.workspace.reviews().list(ReviewFilter.all())).extracting(ReviewSummary::id)
                .doesNotContain(oakfield.id());
        assertThat(robot.lookup("#reviews-count").queryAs(Label.class).getText()).isEqualTo("2 reviews");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void cancellingTheDeleteButtonKeepsTheReview(FxRobot robot) {
        dialogs.confirmAnswer = false;
        Button delete = robot.lookup("#reviews-delete").queryAs(Button.class);
        assertThat(delete.getAccessibleText()).contains("Delete the selected review for good");
        robot.clickOn("#reviews-table");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.confirmations()).singleElement().asString().contains("Elm Academy");
        assertThat(ids(robot)).containsExactly(elm.id(), oakfield.id(), lowHill.id());
        assertThat(fixture.workspace.reviews().list(ReviewFilter.all())).hasSize(3);
    }

    @Test
    void theContextMenuOffersDelete(FxRobot robot) {
        robot.clickOn("#reviews-table");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#reviews-table").queryAs(TableView.class);
        MenuItem delete = table.getContextMenu().getItems().stream()
                .filter(item -> "reviews-context-delete".equals(item.getId())).findFirst().orElseThrow();
        assertThat(delete.isDisable()).isFalse();
        robot.interact(delete::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.confirmations()).singleElement().asString().contains("Elm Academy");
        assertThat(ids(robot)).doesNotContain(elm.id()).hasSize(2);
    }

    @Test
    void enterOpensTheChosenReview(FxRobot robot) {
        robot.clickOn("#reviews-table");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.opened).containsExactly(oakfield.id());
    }

    @Test
    void ctrlNStartsAReviewFromTheKeyboardWithAParticipantByRole(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-review-dialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#new-review-participants-hint").queryAs(Label.class).getText())
                .contains("No child’s name");

        // Typed text goes to the window TestFX targets: the dialog, as for a person at the keyboard.
        robot.targetWindow(robot.lookup("#new-review-dialog").query().getScene().getWindow());
        robot.write("oak");                                   // school search, focused on opening
        robot.type(KeyCode.TAB);                              // the results list: Oakfield Primary chosen
        robot.type(KeyCode.TAB).type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER); // the first charter
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.TAB);                              // visit date: today is kept
        robot.type(KeyCode.TAB).write("Sam Patel");           // officers
        robot.type(KeyCode.TAB);                              // role 1: Head teacher is there already
        robot.type(KeyCode.TAB).write("The head");            // description 1
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT); // Add participant
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Parent carers");                         // role 2 has the focus
        robot.type(KeyCode.TAB).write("3 parents");
        robot.type(KeyCode.ENTER);                            // Start review
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#new-review-problem").tryQuery().map(n -> ((Label) n).getText()).orElse("")).isEmpty();
        assertThat(robot.lookup("#new-review-dialog").tryQuery()).isEmpty();
        assertThat(navigator.opened).hasSize(1);
        Review started = fixture.workspace.reviews().latest(navigator.opened.get(0));
        assertThat(started.school().name()).isEqualTo("Oakfield Primary");
        assertThat(started.charter().id()).isEqualTo(fixture.workspace.charters().all().get(0).charter().id());
        assertThat(started.visitDate()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(started.officers()).containsExactly("Sam Patel");
        assertThat(started.participants()).containsExactly(new Participant("Head teacher", "The head"),
                new Participant("Parent carers", "3 parents"));
        assertThat(fixture.workspace.reviews().list(ReviewFilter.all())).hasSize(4);
        assertThat(ids(robot)).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private static List<java.util.UUID> ids(FxRobot robot) {
        TableView<ReviewSummary> table = robot.lookup("#reviews-table").queryAs(TableView.class);
        return table.getItems().stream().map(ReviewSummary::id).toList();
    }
}
