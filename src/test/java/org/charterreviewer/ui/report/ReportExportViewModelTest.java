package org.charterreviewer.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExportViewModelTest {

    @TempDir
    Path dir;
    Workspace workspace;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final List<String> taskTitles = new ArrayList<>();
    /** Runs tasks on the calling thread, as the status bar's executor would in the background. */
    final TaskExecutor tasks = new TaskExecutor() {
        @Override
        public <T> void execute(BackgroundTask<T> task) {
            taskTitles.add(task.title());
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
    final List<List<ReviewSummary>> offered = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReportExportViewModel viewModel() {
        return new ReportExportViewModel(workspace.reviews(), workspace.reports(), tasks, dialogs, reviews -> {
            offered.add(reviews);
            return Optional.of(reviews.get(0));
        });
    }

    private UUID startReview(String school) {
        long schoolId = workspace.schools().add(SchoolDraft.named(school)).id();
        Charter charter = workspace.charters().latest("wolverhampton-co-production-charter").orElseThrow().charter();
        return workspace.reviews().start(new NewReview(schoolId, charter.id(), charter.version(),
                java.time.LocalDate.of(2026, 3, 9), List.of("Officer"), List.of(new Participant("Head teacher", null))))
                .id();
    }

    @Test
    void choosesAReviewSavesThePdfInTheBackgroundAndOffersToOpenIt() throws Exception {
        startReview("Elm Tree “Primary”");
        dialogs.fileToSave = dir.resolve("chosen-name");
        ReportExportViewModel viewModel = viewModel();

        viewModel.chooseAndExport();

        assertThat(offered).hasSize(1);
        assertThat(offered.get(0)).extracting(ReviewSummary::schoolName).containsExactly("Elm Tree “Primary”");
        assertThat(dialogs.suggestedNames).containsExactly("Review report - Elm Tree “Primary”.pdf");
        Path written = dir.resolve("chosen-name.pdf");
        assertThat(written).exists();
        try (PDDocument pdf = Loader.loadPDF(written.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Elm Tree “Primary”", "DRAFT — not finalised");
        }
        assertThat(dialogs.opened).containsExactly(written);
        assertThat(taskTitles).contains("Writing the review report");
        assertThat(viewModel.isBusy()).isFalse();
    }

    @Test
    void noReviewsSaysSoAndCancellingTheSaveDialogWritesNothing() throws Exception {
        ReportExportViewModel viewModel = viewModel();
        viewModel.chooseAndExport();
        assertThat(dialogs.information()).containsExactly("Export review report: There are no reviews yet. Start a review first.");
        assertThat(offered).isEmpty();

        UUID id = startReview("Oak School");
        dialogs.fileToSave = null;
        viewModel.export(id, "Oak School");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
        }
    }

    @Test
    void aFailureIsShownInPlainWords() {
        dialogs.fileToSave = dir.resolve("x.pdf");
        viewModel().export(UUID.randomUUID(), "Gone School");
        assertThat(dialogs.errors()).singleElement().asString().doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
