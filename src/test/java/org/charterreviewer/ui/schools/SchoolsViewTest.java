package org.charterreviewer.ui.schools;

import org.charterreviewer.testing.RecordingMonitor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.testing.GiasFixture;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.common.TaskExecutor;
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
class SchoolsViewTest {

    @TempDir
    static Path dir;

    /** Like the app's executor: work on another thread, answers on the FX thread; records progress. */
    static final class ThreadedTasks implements TaskExecutor {
        final RecordingMonitor monitor = RecordingMonitor.recording();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            Thread thread = new Thread(() -> {
                try {
                    T value = task.work().run(monitor);
                    Platform.runLater(() -> task.succeeded(value));
                } catch (Exception e) {
                    Platform.runLater(() -> task.failed(e));
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
    }

    private Workspace workspace;
    private final List<java.util.UUID> openedReviews = new CopyOnWriteArrayList<>();
    private java.util.UUID beechReview;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FakeSchoolDialogs schoolDialogs = new FakeSchoolDialogs();
    private final ThreadedTasks tasks = new ThreadedTasks();
    private final ThreadedTasks queries = new ThreadedTasks();

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        workspace.schools().add(SchoolDraft.named("Acorn Nursery"));
        long beech = workspace.schools().add(SchoolDraft.named("Beech Primary School")).id();
        workspace.schools().add(SchoolDraft.named("Cedar Academy"));
        beechReview = workspace.reviews().start(new org.charterreviewer.review.NewReview(beech,
                "wolverhampton-co-production-charter", "1.0", java.time.LocalDate.of(2026, 3, 9),
                List.of("Officer One"), List.of())).id();
        org.charterreviewer.ui.common.Navigator navigator = new org.charterreviewer.ui.common.Navigator() {
            @Override
            public void openReview(java.util.UUID reviewId) {
                openedReviews.add(reviewId);
            }

            @Override
            public void showReviews() {
                // Not used by this screen.
            }
        };
        SchoolsView view = new SchoolsView(new SchoolsViewModel(workspace.schools(), tasks, queries, dialogs,
                schoolDialogs, null, navigator));
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1200, 800);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        view.onShow();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<School> table(FxRobot robot) {
        return robot.lookup("#school-table").queryAs(TableView.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsSchoolsAndSearchesAsYouType(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertThat(robot.lookup("#school-count").queryAs(Label.class).getText()).isEqualTo("3 schools");

        robot.clickOn("#school-search").write("bee");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Beech Primary School");

        // Down from the search box selects the first result and shows its details.
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(() -> "Beech Primary School".equals(
                robot.lookup("#school-details-title").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#school-reviews").tryQuery()).isPresent();
    }

    @Test
    void aReviewOfTheSelectedSchoolOpensOnDoubleClickOrEnter(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#school-search").write("beech");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        @SuppressWarnings("unchecked")
        TableView<org.charterreviewer.school.SchoolReview> reviews =
                robot.lookup("#school-reviews").queryAs(TableView.class);
        waitUntil(() -> reviews.getItems().size() == 1);
        assertThat(openedReviews).isEmpty();

        robot.doubleClickOn(robot.lookup("#school-reviews .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> openedReviews.size() == 1);

        robot.interact(() -> {
            reviews.requestFocus();
            reviews.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> openedReviews.size() == 2);
        assertThat(openedReviews).containsOnly(beechReview);
    }

    @Test
    void importsAGiasFileWithProgressAndShowsTheSummary(FxRobot robot) throws Exception {
        GiasFixture gias = GiasFixture.shuffled(9);
        for (int i = 0; i < 3_000; i++) {
            gias.school(String.valueOf(100000 + i), "Camden School " + i, "Camden", "Open",
                    Map.of("Postcode", "NW1 " + (i % 9 + 1) + "AB"));
        }
        gias.school("100000X", "Broken", "Camden", "Open", Map.of());
        gias.school("500000", "St Anthony\u2019s Islington", "Islington", "Open", Map.of());
        dialogs.filesToOpen = List.of(gias.write(dir.resolve("edubasealldata20251105.csv")));
        schoolDialogs.importOptions = GiasImportOptions.parse("Camden", false);
        waitUntil(() -> table(robot).getItems().size() == 3);

        robot.clickOn("#school-import");
        waitUntil(() -> dialogs.shown.stream().anyMatch(s -> s.kind().equals("errorList")));

        assertThat(schoolDialogs.asked).contains("options: edubasealldata20251105.csv");
        String summary = dialogs.shown.stream().filter(s -> s.kind().equals("errorList")).findFirst().orElseThrow()
                .message();
        assertThat(summary).contains("Added: 3,000", "Skipped, other local authority: 1",
                "Rows that could not be read: 1");
        assertThat(dialogs.errorDetails()).singleElement().asString().startsWith("Line 3002:");
        assertThat(tasks.monitor.messages()).contains("Reading the GIAS file…", "Saving schools…");
        assertThat(tasks.monitor.fractions()).anyMatch(p -> p > 0 && p < 1).contains(1.0);
        assertThat(tasks.monitor.fractions()).isSorted();

        waitUntil(() -> robot.lookup("#school-count").queryAs(Label.class).getText()
                .equals("Showing the first 1,000 schools found; type more to narrow the list"));
        robot.clickOn("#school-search").write("nw15ab 101003");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Camden School 1003");
    }
}
