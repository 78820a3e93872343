package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.bundle.BundleDialogs;
import org.charterreviewer.ui.bundle.BundleViewModel;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;
import org.junit.jupiter.api.Test;

class BundleViewModelTest extends BundleTestBase {

    static final TaskExecutor NOW = new TaskExecutor() {
        @Override
        public <T> void execute(BackgroundTask<T> task) {
            try {
                task.succeeded(task.work().run(ProgressMonitor.NONE));
            } catch (Exception e) {
                task.failed(e);
            }
        }
    };

    final RecordingDialogService recorded = new RecordingDialogService();

    final BundleDialogs answers = new BundleDialogs() {
        @Override
        public Optional<ReviewSummary> chooseReview(List<ReviewSummary> reviews) {
            return Optional.of(reviews.get(0));
        }

        @Override
        public Optional<Boolean> askRedacted() {
            return Optional.of(true);
        }

        @Override
        public Optional<char[]> askPassphrase() {
            return Optional.of(BundleFixture.PASSPHRASE.clone());
        }
    };

    @Test
    void exportAsksThenWritesTheRedactedBundle() {
        recorded.fileToSave = dir.resolve("for-the-school.zip");
        BundleViewModel viewModel = new BundleViewModel(bundlesHere, here.identity(), NOW, recorded, answers);

        viewModel.export();

        assertThat(recorded.fileToSave).exists();
        assertThat(bundlesThere.verifier().verify(recorded.fileToSave, ProgressMonitor.NONE).redacted()).isTrue();
        assertThat(recorded.shown).last().extracting(RecordingDialogService.Shown::kind).isEqualTo("information");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void importVerifiesShowsWhoSignedAndImports() {
        recorded.filesToOpen = List.of(export(false));
        BundleViewModel viewModel = new BundleViewModel(bundlesThere, there.identity(), NOW, recorded, answers);

        viewModel.importBundle();

        assertThat(recorded.shown).anyMatch(s -> s.kind().equals("confirm") && s.message().contains("Siân O’Brien"));
        assertThat(recorded.shown).last().satisfies(s -> assertThat(s.message()).startsWith("Imported the review"));
        assertThat(bundlesThere.reviews().find(review.id())).isPresent();
    }

    @Test
    void aHostileBundleIsRefusedWithItsMessageAndNothingChanges() throws Exception {
        recorded.filesToOpen = List.of(Files.writeString(dir.resolve("letter.zip"), "hello"));
        String before = BundleFixture.snapshot(there);
        BundleViewModel viewModel = new BundleViewModel(bundlesThere, there.identity(), NOW, recorded, answers);

        viewModel.importBundle();

        assertThat(recorded.shown).last().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("errorList");
            assertThat(s.message()).contains("not a ZIP file");
        });
        assertThat(BundleFixture.snapshot(there)).isEqualTo(before);
        assertThat(viewModel.busyProperty().get()).isFalse();
    }
}
