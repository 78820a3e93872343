package org.charterreviewer.ui.report;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.report.ReviewReportService;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exporting a review report from the window: pick a review (or be given one by the reviews list
 * or walkthrough), pick where to save, write the PDF in the background with progress and Cancel,
 * then offer to open it.
 */
public final class ReportExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportExportViewModel.class);

    /** Asks the officer which review to report on; empty if they cancelled. */
    @FunctionalInterface
    public interface ReviewChooser {
        Optional<ReviewSummary> choose(List<ReviewSummary> reviews);
    }

    private final ReviewService reviews;
    /** Built when a report is first exported: the report service loads PDFBox. */
    private final Supplier<ReviewReportService> reports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReviewChooser chooser;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReportExportViewModel(ReviewService reviews, ReviewReportService reports, TaskExecutor tasks,
            DialogService dialogs, ReviewChooser chooser) {
        this(reviews, () -> reports, tasks, dialogs, chooser);
    }

    public ReportExportViewModel(ReviewService reviews, Supplier<ReviewReportService> reports, TaskExecutor tasks,
            DialogService dialogs, ReviewChooser chooser) {
        this.reviews = reviews;
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.chooser = chooser;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** File → Export review report…: lists the reviews (off the FX thread), asks which, then exports it. */
    public void chooseAndExport() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("report.ui.loading"), monitor -> reviews.list(ReviewFilter.all()))
                .notCancellable()
                .onSuccess(list -> {
                    busy.set(false);
                    if (list.isEmpty()) {
                        dialogs.showInformation(tr("report.ui.title"), tr("report.ui.noReviews"));
                        return;
                    }
                    chooser.choose(list).ifPresent(this::export);
                })
                .onFailure(this::failed));
    }

    /** Exports the latest revision of a review from a list row (for the reviews list screen). */
    public void export(ReviewSummary review) {
        export(review.id(), review.schoolName());
    }

    /**
     * Asks where to save the report of the latest revision of {@code reviewId} (suggesting a name
     * from {@code schoolName}), then writes it in the background and offers to open it.
     */
    public void export(UUID reviewId, String schoolName) {
        Optional<Path> target = dialogs.chooseFileToSave(tr("report.ui.saveTitle"), suggestedName(schoolName),
                tr("report.ui.filter"), "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        Path file = withPdfExtension(target.get());
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("report.ui.task"),
                        monitor -> reports.get().export(reviewId, Optional.empty(), file, monitor))
                .onSuccess(written -> {
                    busy.set(false);
                    if (dialogs.confirm(tr("report.ui.doneTitle"), tr("report.ui.done", written), tr("dialog.action.open"),
                            tr("dialog.action.notNow"))) {
                        dialogs.openInSystemViewer(written);
                    }
                })
                .onCancelled(() -> {
                    busy.set(false);
                    dialogs.showInformation(tr("report.ui.title"), tr("report.ui.cancelled"));
                })
                .onFailure(this::failed));
    }

    private void failed(Exception error) {
        busy.set(false);
        if (error instanceof InvalidInputException) {
            dialogs.showError(tr("report.ui.failedTitle"), error.getMessage());
        } else {
            LOG.error("The review report could not be exported", RedactedFailure.of(error));
            dialogs.showError(tr("report.ui.failedTitle"), tr("report.ui.failed"));
        }
    }

    /** "Review report - Low Hill Nursery School.pdf", without characters file systems refuse. */
    static String suggestedName(String schoolName) {
        String safe = schoolName == null ? "" : schoolName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip();
        return tr("report.ui.fileName", safe.isEmpty() ? tr("report.title") : safe);
    }

    private static Path withPdfExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
