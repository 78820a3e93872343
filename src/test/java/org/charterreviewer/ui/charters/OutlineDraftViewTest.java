package org.charterreviewer.ui.charters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.Styles;
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

/** File → New charter from outline…: choose an outline, see the charter, import it into the real library. */
@ExtendWith(ApplicationExtension.class)
class OutlineDraftViewTest {

    @TempDir
    static Path dir;

    private Workspace workspace;
    private RecordingDialogService dialogs;
    private int libraryChanges;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        dialogs = new RecordingDialogService();
        OutlineDraftViewModel viewModel = new OutlineDraftViewModel(workspace.charters(), new ImmediateTaskExecutor(),
                dialogs, () -> libraryChanges++);
        stage.setScene(new Scene(new OutlineDraftView(viewModel), 800, 600));
        stage.getScene().getStylesheets().add(Styles.STYLESHEET);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anOutlineIsShownAsTheCharterWillAppearThenImported(FxRobot robot) throws Exception {
        Path outline = Files.writeString(dir.resolve("values.md"), """
                id: anytown-values-charter
                title: Anytown Values Charter
                council: Anytown Council
                award Bronze: every item at least Emerging
                award Gold: every item at least Established

                #
                - 1. Open and honest — Honest communication needs to happen regularly.
                # Our promises
                - We respond to what we hear.
                """);
        dialogs.filesToOpen = List.of(outline);
        assertThat(robot.lookup("#outline-import").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#outline-choose");
        WaitForAsyncUtils.waitForFxEvents();

        String preview = robot.lookup("#outline-preview").queryAs(TextArea.class).getText();
        assertThat(preview).contains("Anytown Values Charter", "== Part 1 ==",
                "1. Open and honest — Honest communication needs to happen regularly.", "== Our promises ==",
                "Level Bronze [bronze]", "Level Gold [gold]");
        assertThat(robot.lookup("#outline-notes").queryListView().getItems())
                .contains("No validity months given: the award will have no end date.");
        assertThat(robot.lookup("#outline-message").queryAs(Label.class).getText())
                .isEqualTo("Drafted anytown-values-charter@1.0. Check the defaults used below, then import it.");
        assertThat(workspace.charters().find("anytown-values-charter", "1.0")).isEmpty();

        robot.clickOn("#outline-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.charters().find("anytown-values-charter", "1.0")).isPresent();
        assertThat(libraryChanges).isEqualTo(1);
        assertThat(robot.lookup("#outline-message").queryAs(Label.class).getText())
                .isEqualTo("Imported anytown-values-charter@1.0 into the library.");
    }

    @Test
    void anOutlineWithProblemsListsThemAndCannotBeImported(FxRobot robot) throws Exception {
        Path outline = Files.writeString(dir.resolve("bad.md"), """
                id: anytown
                title: Anytown

                # Promises
                """);
        dialogs.filesToOpen = List.of(outline);

        robot.clickOn("#outline-choose");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> notes = robot.lookup("#outline-notes").queryListView();
        assertThat(notes.getItems()).extracting(Object::toString).containsExactly(
                "bad.md:1: The outline needs a \"council:\" line at the top (before the first # heading).",
                "bad.md:4: The section \"# Promises\" has no items: write at least one \"- \" line under it.");
        assertThat(robot.lookup("#outline-preview").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#outline-import").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#outline-message").queryAs(Label.class).getText())
                .startsWith("2 lines of the outline could not be read");
    }
}
