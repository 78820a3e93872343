package org.charterreviewer.ui.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.RetentionSettings;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Retention… on a real encrypted data folder: a sample review made in 2026, looked at again in
 * 2031. The rule is shown and set with the words and checks of {@code retention show / set}, the
 * preview names the school, charter, visit date and files (never an id), and Delete removes exactly
 * that after a question whose button says what it does.
 */
class RetentionViewModelTest {

    private static final Instant MADE = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2031-06-01T09:00:00Z");

    @TempDir
    Path dir;
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();
    int afterApply;

    private Workspace open(Instant now) {
        return Workspace.open(WorkspaceOptions.at(dir.resolve("data"))
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()).withClock(Clock.fixed(now, ZoneOffset.UTC)));
    }

    private RetentionViewModel viewModel(Workspace workspace, TaskExecutor executor) {
        return new RetentionViewModel(workspace.retention(), executor, dialogs, () -> afterApply++);
    }

    private UUID sampleReviewMadeIn2026() {
        try (Workspace workspace = open(MADE)) {
            return new DemoReview(workspace.schools(), workspace.charters(), workspace.reviews(), workspace.evidence(),
                    workspace.clock()).create().id();
        }
    }

    @Test
    void setsTheRuleListsWhatIsDueInPlainWordsAndDeletesExactlyThatAfterAsking() {
        UUID id = sampleReviewMadeIn2026();
        try (Workspace workspace = open(LATER)) {
            RetentionViewModel viewModel = viewModel(workspace, tasks);
            viewModel.refresh();
            assertThat(viewModel.getCurrentRule()).isEqualTo(Messages.tr("cli.retention.evidence",
                    Messages.tr("cli.retention.off")) + "\n" + Messages.tr("cli.retention.reviews",
                    Messages.tr("cli.retention.off")));
            assertThat(viewModel.due()).isEmpty();
            assertThat(viewModel.canApplyProperty().get()).isFalse();

            viewModel.evidenceYearsProperty().set("4");
            viewModel.save();
            assertThat(workspace.retention().settings()).isEqualTo(new RetentionSettings(4, null));
            assertThat(viewModel.getMessage()).isEqualTo(Messages.tr("cli.retention.saved"));
            assertThat(viewModel.getCurrentRule()).contains("deleted 4 years after the review");

            Review sample = workspace.reviews().latest(id);
            assertThat(viewModel.due()).singleElement().asString()
                    .startsWith(DemoReview.DEMO_SCHOOL_NAME + " – ")
                    .contains("visit 25 May 2026", "3 evidence files (the review stays)")
                    .contains(sample.evidence().get(0).originalName())
                    .doesNotContain(id.toString(), DemoReview.CHARTER_ID);
            assertThat(viewModel.getSummary()).contains("no whole reviews", "3 evidence files");
            assertThat(viewModel.canApplyProperty().get()).isTrue();

            dialogs.confirmAnswer = false;
            viewModel.apply();
            assertThat(workspace.reviews().latest(id).evidence()).as("Cancel deletes nothing").hasSize(3);

            dialogs.confirmAnswer = true;
            viewModel.apply();
            assertThat(dialogs.confirmationButtons()).containsExactly("Delete for good / Cancel",
                    "Delete for good / Cancel");
            assertThat(dialogs.confirmations().get(1)).contains("3 evidence files", "cannot be undone");
            assertThat(workspace.reviews().latest(id).evidence()).isEmpty();
            assertThat(workspace.reviews().find(id)).as("only the evidence was due").isPresent();
            assertThat(afterApply).isEqualTo(1);
            assertThat(dialogs.information()).singleElement().asString().contains("3 stored files", "compacted");
            assertThat(viewModel.due()).isEmpty();
            assertThat(viewModel.getSummary()).isEqualTo(Messages.tr("cli.retention.nothingDue"));
            assertThat(dialogs.errors()).isEmpty();
        }
    }

    @Test
    void refusesWhatRetentionSetRefusesInItsWordsAndZeroTurnsAPartOff() {
        try (Workspace workspace = open(LATER)) {
            RetentionViewModel viewModel = viewModel(workspace, tasks);
            viewModel.refresh();
            String refusal = Messages.tr("erase.error.retentionYears", 100);

            viewModel.evidenceYearsProperty().set("four");
            viewModel.save();
            assertThat(viewModel.getMessage()).isEqualTo(refusal);
            viewModel.evidenceYearsProperty().set("101");
            viewModel.save();
            assertThat(viewModel.getMessage()).as("the rule's own check").isEqualTo(refusal);
            assertThat(workspace.retention().settings().isOff()).isTrue();

            viewModel.evidenceYearsProperty().set(" 2 ");
            viewModel.reviewYearsProperty().set("7");
            viewModel.save();
            assertThat(workspace.retention().settings()).isEqualTo(new RetentionSettings(2, 7));
            viewModel.reviewYearsProperty().set("0");
            viewModel.save();
            assertThat(workspace.retention().settings()).isEqualTo(new RetentionSettings(2, null));
            assertThat(viewModel.reviewYearsProperty().get()).as("shown as off").isEmpty();
        }
    }

    @Test
    void stopEndsAPreviewBeforeItListsAnything() {
        sampleReviewMadeIn2026();
        try (Workspace workspace = open(LATER)) {
            workspace.retention().set(new RetentionSettings(1, null));
            List<BackgroundTask<?>> held = new ArrayList<>();
            RetentionViewModel viewModel = viewModel(workspace, new TaskExecutor() {
                @Override
                public <T> void execute(BackgroundTask<T> task) {
                    held.add(task);
                }
            });
            viewModel.refresh();
            assertThat(viewModel.isBusy()).isTrue();
            assertThat(viewModel.stoppableProperty().get()).isTrue();

            viewModel.stop();
            tasks.execute(held.remove(0));

            assertThat(viewModel.isBusy()).isFalse();
            assertThat(viewModel.due()).isEmpty();
            assertThat(viewModel.canApplyProperty().get()).isFalse();
            assertThat(viewModel.getMessage()).isEqualTo(Messages.tr("retentionDialog.stopped"));

            viewModel.checkAgain();
            tasks.execute(held.remove(0));
            assertThat(viewModel.due()).as("checked again, it lists").hasSize(1);
        }
    }
}
