package org.charterreviewer.ui.reviewfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review files from the window, between two encrypted data folders, through the same service as
 * {@code review export} and {@code review import}.
 */
class ReviewFileViewModelTest {

    @TempDir
    Path dir;
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<List<ReviewSummary>> offered = new ArrayList<>();
    int imports;

    private Workspace laptop(String name) {
        return Workspace.open(WorkspaceOptions.at(dir.resolve(name)).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()));
    }

    private ReviewFileViewModel viewModel(Workspace workspace) {
        return new ReviewFileViewModel(workspace.reviews(), workspace.reviewFiles(), tasks, dialogs, reviews -> {
            offered.add(reviews);
            return Optional.of(reviews.get(0));
        }, () -> imports++);
    }

    @Test
    void exportsAReviewWithItsEvidenceAndAnotherLaptopImportsItWhole() throws Exception {
        Path file = dir.resolve("out").resolve("review.json");
        Files.createDirectories(file.getParent());
        UUID id;
        Review exported;
        try (Workspace first = laptop("first")) {
            id = CertificateReviews.awarded(first);
            exported = first.reviews().latest(id);
            dialogs.fileToSave = dir.resolve("out").resolve("review");
            viewModel(first).chooseAndExport();
        }
        assertThat(offered).singleElement().asList().hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.suggestedNames).singleElement().asString().startsWith("Review - ").endsWith(".json");
        assertThat(file).as("the .json ending is added").exists();
        assertThat(dialogs.information()).singleElement().asString().contains("revision " + exported.revision());

        try (Workspace second = laptop("second")) {
            dialogs.filesToOpen = List.of(file);
            viewModel(second).chooseAndImport();
            assertThat(dialogs.errors()).isEmpty();
            Review imported = second.reviews().latest(id);
            assertThat(second.reviewFiles().canonicalSha256(imported))
                    .isEqualTo(second.reviewFiles().canonicalSha256(exported));
            assertThat(imports).isEqualTo(1);
            assertThat(dialogs.information().get(1)).contains("is imported", "was added");

            viewModel(second).chooseAndImport();
            assertThat(dialogs.information().get(2)).contains("already here, unchanged");
        }
    }

    @Test
    void aCraftedFileIsRefusedInPlainWordsAndNothingIsStored() throws Exception {
        Path crafted = Files.writeString(dir.resolve("crafted.json"),
                "{ \"formatVersion\" : 1, \"reviewId\" : \"not-a-uuid\", \"colour\" : \"red\" }");
        try (Workspace workspace = laptop("target")) {
            dialogs.filesToOpen = List.of(crafted);
            viewModel(workspace).chooseAndImport();
            assertThat(dialogs.errors()).singleElement().asString().contains("refused; nothing was imported");
            assertThat(dialogs.errorDetails()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .startsWith("crafted.json").doesNotContain("Exception"));
            assertThat(workspace.reviews().list(ReviewFilter.all())).isEmpty();
            assertThat(imports).isZero();
        }
    }
}
