package org.charterreviewer.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterExportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void awardsRegisterIsWrittenWhereTheOfficerChose() throws Exception {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")))) {
            new DemoReview(workspace.schools(), workspace.charters(), workspace.reviews(), workspace.evidence(),
                    workspace.clock()).create();
            RecordingDialogService dialogs = new RecordingDialogService();
            dialogs.fileToSave = dir.resolve("awards.csv");
            new RegisterExportViewModel(workspace.registerExports(), new ImmediateTaskExecutor(), dialogs)
                    .exportAwardsRegister();

            assertThat(Files.readString(dialogs.fileToSave, StandardCharsets.UTF_8)).contains("Oak Tree Primary School");
            assertThat(dialogs.shown).extracting(RecordingDialogService.Shown::message)
                    .anySatisfy(message -> assertThat(message).contains("1 row written"));
        }
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")))) {
            RecordingDialogService dialogs = new RecordingDialogService();
            new RegisterExportViewModel(workspace.registerExports(), new ImmediateTaskExecutor(), dialogs)
                    .exportSignatories();
            assertThat(dialogs.shown).isEmpty();
        }
    }
}
