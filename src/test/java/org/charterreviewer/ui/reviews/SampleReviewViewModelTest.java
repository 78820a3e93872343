package org.charterreviewer.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Help → Open a sample review on a real encrypted data folder: it asks first, then makes what the
 * {@code demo} command makes (the same DemoReview) and opens that review's walkthrough.
 */
class SampleReviewViewModelTest {

    @TempDir
    Path dir;
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final RecordingNavigator navigator = new RecordingNavigator();

    @Test
    void asksThenAddsTheDemoReviewAndOpensIt() {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data"))
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            SampleReviewViewModel viewModel = new SampleReviewViewModel(() -> new DemoReview(workspace.schools(),
                    workspace.charters(), workspace.reviews(), workspace.evidence(), workspace.clock()), tasks, dialogs,
                    navigator);

            dialogs.confirmAnswer = false;
            viewModel.open();
            assertThat(workspace.schools().findByUrn(DemoReview.DEMO_URN)).as("Cancel adds nothing").isEmpty();
            assertThat(navigator.opened).isEmpty();

            dialogs.confirmAnswer = true;
            viewModel.open();
            assertThat(dialogs.confirmationButtons()).containsOnly("Add the sample review / Cancel");
            assertThat(dialogs.confirmations().get(0)).contains(DemoReview.DEMO_SCHOOL_NAME, "delete");
            assertThat(navigator.opened).hasSize(1);
            Review review = workspace.reviews().latest(navigator.opened.get(0));
            assertThat(review.isFinalised()).isTrue();
            assertThat(review.decision().decision()).isEqualTo(Decision.AWARDED);
            assertThat(review.school().urn()).isEqualTo(DemoReview.DEMO_URN);
            assertThat(review.evidence()).hasSize(3);
            assertThat(dialogs.errors()).isEmpty();
            assertThat(viewModel.busyProperty().get()).isFalse();
        }
    }
}
