package org.charterreviewer.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Moderation tab's view model on real encrypted data folders: the officer submits and cannot
 * approve their own review; the moderator returns it with a comment on the item on screen; the
 * officer imports the signed decision and sees the comment.
 */
class ModerationViewModelTest {

    @TempDir
    Path dir;

    @Test
    void officerSubmitsModeratorReturnsOfficerImportsTheDecision() {
        Path officer = dir.resolve("officer");
        Path moderator = dir.resolve("moderator");
        ok(run(officer, "identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer", "--council", "C"));
        ok(run(moderator, "identity", "create", "--name", "Kwame Mensah", "--role", "Inclusion Lead", "--council", "C"));
        UUID reviewId;
        String itemId;
        RecordingDialogService officerDialogs = new RecordingDialogService();
        try (Workspace workspace = open(officer)) {
            reviewId = CertificateReviews.awarded(workspace);
            itemId = workspace.reviews().charterOf(workspace.reviews().latest(reviewId)).judgedItems().get(0).id();
            ModerationViewModel model = model(workspace, reviewId, officerDialogs, itemId);
            model.refresh();
            assertThat(model.getState()).contains("Revision 1", "not submitted for moderation");
            assertThat(model.canSubmitProperty().get()).isTrue();
            model.submit();
            assertThat(model.getState()).contains("submitted for moderation");
            assertThat(model.canSubmitProperty().get()).isFalse();
            model.approve();
            assertThat(officerDialogs.errors()).anyMatch(e -> e.contains("cannot moderate their own review"));
        }
        ok(run(officer, "bundle", "export", reviewId.toString(), "--out", dir.resolve("b.zip").toString()));
        ok(run(moderator, "bundle", "import", dir.resolve("b.zip").toString()));
        try (Workspace workspace = open(moderator)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            ModerationViewModel model = model(workspace, reviewId, dialogs, itemId);
            model.refresh();
            assertThat(model.canDecideProperty().get()).isTrue();
            model.commentProperty().set("Which pupils said this?");
            model.aboutCurrentItemProperty().set(true);
            model.addComment();
            assertThat(model.drafts()).hasSize(1);
            model.returnWithComments();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(model.getState()).contains("returned with comments");
            assertThat(model.canDecideProperty().get()).isFalse();
            assertThat(model.drafts()).isEmpty();
        }
        // The moderator sends the signed decision back from the window, as the CLI's moderation-export does.
        Path decision = dir.resolve("decision.zip");
        try (Workspace workspace = open(moderator)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            dialogs.fileToSave = decision;
            char[] typed = CliRun.TEST_PASSPHRASE.toCharArray();
            ModerationViewModel model = new ModerationViewModel(reviewId, workspace.moderation().service(),
                    workspace.moderation().decisions(), workspace.reviews(), new ImmediateTaskExecutor(), dialogs,
                    () -> itemId, List::of, () -> Optional.of(typed), workspace.countersigning()::countersign);
            model.refresh();
            assertThat(model.canExportDecisionProperty().get()).isTrue();
            model.exportDecision();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.information()).anyMatch(line -> line.contains("decision.zip"));
            assertThat(decision).isNotEmptyFile();
            assertThat(typed).containsOnly('\0');
        }
        try (Workspace workspace = open(officer)) {
            officerDialogs.filesToOpen = List.of(decision);
            ModerationViewModel model = model(workspace, reviewId, officerDialogs, itemId);
            model.refresh();
            assertThat(model.canExportDecisionProperty().get()).as("the officer decided nothing here").isFalse();
            model.importDecision();
            assertThat(model.getState()).contains("returned with comments");
            assertThat(model.history()).anyMatch(line -> line.contains("Which pupils said this?") && line.contains("“"));
        }
    }

    private static ModerationViewModel model(Workspace workspace, UUID reviewId, RecordingDialogService dialogs,
            String itemId) {
        return new ModerationViewModel(reviewId, workspace.moderation().service(), workspace.moderation().decisions(),
                workspace.reviews(), new ImmediateTaskExecutor(), dialogs, () -> itemId);
    }

    private static Workspace open(Path folder) {
        return Workspace.open(WorkspaceOptions.at(folder).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
