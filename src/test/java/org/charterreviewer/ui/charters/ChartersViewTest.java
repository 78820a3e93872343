package org.charterreviewer.ui.charters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.testing.RecordingDialogService;
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
class ChartersViewTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private RecordingDialogService dialogs;
    private ChartersViewModel viewModel;
    private int libraryChanges;

    /** Runs background work at once on the calling (FX) thread, as the brief's tests do. */
    static final TaskExecutor ON_THIS_THREAD = new TaskExecutor() {
        @Override
        public <T> void execute(BackgroundTask<T> task) {
            T value;
            try {
                value = task.work().run(ProgressMonitor.NONE);
            } catch (Exception e) {
                task.failed(e);
                return;
            }
            task.succeeded(value);
        }
    };

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        dialogs = new RecordingDialogService();
        viewModel = new ChartersViewModel(workspace.charters(), ON_THIS_THREAD, dialogs, () -> libraryChanges++);
        ChartersView view = new ChartersView(viewModel);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1100, 800));
        stage.getScene().getStylesheets().add(Styles.STYLESHEET);
        view.onShow();
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheSamplesAndShowsTheSelectedCharterWithGuidanceApart(FxRobot robot) {
        TableView<?> table = robot.lookup("#charters-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4);

        robot.clickOn("Children and Families Together Co-Production Charter");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.getSelected().charter().id()).isEqualTo("wolverhampton-co-production-charter");
        assertThat(robot.lookup("#charter-detail-title").queryAs(Label.class).getText())
                .isEqualTo("Children and Families Together Co-Production Charter");
        VBox detail = robot.lookup("#charter-detail").queryAs(VBox.class);
        List<String> texts = detail.getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).toList();
        assertThat(texts).contains("Equal partnership", "6.  We are all in this together!",
                "Award: #YES Co-Production Charter Status, valid 24 months");
        List<Node> guidance = detail.getChildren().stream()
                .filter(n -> n.getStyleClass().contains(Styles.GUIDANCE)).toList();
        assertThat(guidance).hasSize(35);
        assertThat(robot.lookup("#charters-table").queryAs(TableView.class).getColumns()).hasSize(5);
    }

    @Test
    void aFailedImportShowsEveryProblemWithItsPlaceAndImportsNothing(FxRobot robot) {
        dialogs.filesToOpen = List.of(Path.of("src/test/resources/charters/valid/minimal.json"),
                Path.of("src/test/resources/charters/invalid/several-problems.json"));
        robot.clickOn("#charters-import");
        WaitForAsyncUtils.waitForFxEvents();

        RecordingDialogService.Shown shown = dialogs.shown.get(dialogs.shown.size() - 1);
        assertThat(shown.kind()).isEqualTo("errorList");
        assertThat(shown.message()).startsWith("3 problems found, so nothing was imported.");
        assertThat(shown.details()).hasSize(3).allSatisfy(line -> assertThat(line)
                .matches("src/test/resources/charters/invalid/several-problems\\.json:\\d+:\\d+: .+"));
        assertThat(shown.details().get(0)).endsWith(":1:1: title is missing; the charter needs it.");
        assertThat(workspace.charters().all()).hasSize(4);
        assertThat(robot.lookup("#charters-message").queryAs(Label.class).getText()).isEqualTo("Nothing was imported.");
        assertThat(libraryChanges).isZero();
    }

    @Test
    void aGoodImportAddsTheCharterAndSelectsIt(FxRobot robot) {
        dialogs.filesToOpen = List.of(Path.of("src/test/resources/charters/valid/minimal.json"));
        robot.clickOn("#charters-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::kind).containsExactly("chooseFiles");
        assertThat(viewModel.charters()).extracting(StoredCharter::charter).extracting(c -> c.id())
                .contains("test-charter");
        assertThat(viewModel.getSelected().charter().id()).isEqualTo("test-charter");
        assertThat(robot.lookup("#charters-message").queryAs(Label.class).getText())
                .isEqualTo("Imported 1 charter; 0 already in the library, unchanged.");
        assertThat(libraryChanges).isEqualTo(1);
    }

    @Test
    void importButtonIsAccessibleAndOnlyJsonFilesAreAcceptedForDropping(FxRobot robot) {
        Button button = robot.lookup("#charters-import").queryAs(Button.class);
        assertThat(button.getAccessibleText()).contains("Ctrl+I");
        assertThat(button.getTooltip()).isNotNull();
        assertThat(ChartersViewModel.acceptsFile(Path.of("a/charter.JSON"))).isTrue();
        assertThat(ChartersViewModel.acceptsFile(Path.of("a/charter.pdf"))).isFalse();
    }
}
