package org.charterreviewer.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
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

/** The Moderation tab in a real window: every control named for screen readers, Submit changes the state. */
@ExtendWith(ApplicationExtension.class)
class ModerationPaneTest {

    @TempDir
    static Path dir;

    private Stage stage;
    private Workspace workspace;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void submitShowsTheNewStateAndEveryControlIsNamed(FxRobot robot) throws Exception {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data-" + System.nanoTime())));
        UUID reviewId = CertificateReviews.awarded(workspace);
        ModerationViewModel model = new ModerationViewModel(reviewId, workspace.moderation().service(),
                workspace.moderation().decisions(), workspace.reviews(), new ImmediateTaskExecutor(), dialogs, () -> null);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ModerationPane(model).node()), 700, 600));
            stage.show();
            model.refresh();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        Label state = robot.lookup("#moderation-state").queryAs(Label.class);
        assertThat(state.getText()).contains("not submitted for moderation");
        assertThat(robot.lookup("#moderation-export").queryAs(ButtonBase.class).isDisabled())
                .as("nothing decided on this install yet").isTrue();
        for (String id : new String[] {"#moderation-submit", "#moderation-import", "#moderation-comment",
            "#moderation-about-item", "#moderation-add-comment", "#moderation-drafts", "#moderation-approve",
            "#moderation-return", "#moderation-history", "#moderation-export", "#moderation-required"}) {
            Node node = robot.lookup(id).query();
            assertThat(((Control) node).getAccessibleText()).as(id).isNotBlank();
        }

        // The council's setting, from the window: ticking it makes this review need moderation.
        javafx.scene.control.CheckBox required = robot.lookup("#moderation-required").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(required.isSelected()).isFalse();
        assertThat(state.getText()).contains("not required");
        robot.clickOn("#moderation-required");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.moderation().service().policy().requiredByCouncil()).isTrue();
        assertThat(required.isSelected()).isTrue();
        assertThat(state.getText()).contains("Moderation is required");

        robot.clickOn("#moderation-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getText()).contains("submitted for moderation").doesNotContain("not submitted");
        assertThat(robot.lookup("#moderation-submit").queryAs(ButtonBase.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#moderation-approve").queryAs(ButtonBase.class).isDisabled()).isFalse();

        robot.clickOn("#moderation-approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors()).anyMatch(e -> e.contains("signing identity"));
        assertThat(state.getText()).contains("submitted for moderation");
    }
}
