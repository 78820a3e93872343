package org.charterreviewer.ui.reviewfile;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.review.ImportResult;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewFileException;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;
import org.charterreviewer.ui.report.ReportExportViewModel.ReviewChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review files (docs/review-format.md) from the window, through the same service as
 * {@code review export} and {@code review import}: the unsigned interchange a council's other
 * systems read and write. (Officers passing a review to each other use a signed bundle.)
 */
public final class ReviewFileViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewFileViewModel.class);

    private final ReviewService reviews;
    private final ReviewExchange files;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReviewChooser chooser;
    private final Runnable imported;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** {@code imported} runs on the FX thread after a review came in, so the screens show it. */
    public ReviewFileViewModel(ReviewService reviews, ReviewExchange files, TaskExecutor tasks, DialogService dialogs,
            ReviewChooser chooser, Runnable imported) {
        this.reviews = reviews;
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.imported = imported;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** File → Export review file…: which review, where to save; the evidence goes in a folder beside it. */
    public void chooseAndExport() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("reviewFile.ui.loading"), monitor -> reviews.list(ReviewFilter.all()))
                .notCancellable()
                .onSuccess(list -> {
                    busy.set(false);
                    if (list.isEmpty()) {
                        dialogs.showInformation(tr("reviewFile.ui.exportTitle"), tr("reviewFile.ui.noReviews"));
                        return;
                    }
                    chooser.choose(list).ifPresent(this::export);
                })
                .onFailure(this::failed));
    }

    private void export(ReviewSummary summary) {
        Optional<Path> target = dialogs.chooseFileToSave(tr("reviewFile.ui.exportTitle"),
                tr("reviewFile.ui.fileName", safe(summary.schoolName())), tr("reviewFile.ui.filter"), "*.json");
        if (target.isEmpty()) {
            return;
        }
        Path file = withJsonExtension(target.get());
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("reviewFile.ui.exporting"), monitor -> {
            Review review = files.find(summary.id().toString(), null);
            files.export(review, file, true);
            return review;
        }).notCancellable().onSuccess(review -> {
            busy.set(false);
            dialogs.showInformation(tr("reviewFile.ui.exportTitle"), tr("reviewFile.ui.exported", summary.schoolName(),
                    review.revision(), file, review.evidence().size(), ReviewExchange.contentFolder(file).getFileName()));
        }).onFailure(this::failed));
    }

    /** File → Import review file…: all or nothing, checked against its pinned charter. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.chooseFilesToOpen(tr("reviewFile.ui.importTitle"), tr("reviewFile.ui.filter"),
                "*.json");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get(0);
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("reviewFile.ui.importing"), monitor -> files.importFile(file))
                .notCancellable()
                .onSuccess((ImportResult result) -> {
                    busy.set(false);
                    dialogs.showInformation(tr("reviewFile.ui.importTitle"), result.unchanged()
                            ? tr("reviewFile.ui.alreadyPresent", result.revision())
                            : tr("reviewFile.ui.imported", result.revision())
                                    + (result.schoolCreated() ? " " + tr("reviewFile.ui.schoolAdded") : ""));
                    imported.run();
                })
                .onFailure(error -> {
                    if (error instanceof ReviewFileException problems) {
                        busy.set(false);
                        dialogs.showErrorList(tr("reviewFile.ui.importTitle"), tr("reviewFile.ui.refused"),
                                problems.problems());
                    } else {
                        failed(error);
                    }
                }));
    }

    private void failed(Exception error) {
        busy.set(false);
        if (error instanceof InvalidInputException) {
            dialogs.showError(tr("reviewFile.ui.failedTitle"), error.getMessage());
        } else {
            LOG.error("A review file could not be exported or imported", RedactedFailure.of(error));
            dialogs.showError(tr("reviewFile.ui.failedTitle"), tr("reviewFile.ui.failed"));
        }
    }

    private static String safe(String schoolName) {
        String safe = schoolName == null ? "" : schoolName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip();
        return safe.isEmpty() ? tr("reviewFile.ui.review") : safe;
    }

    private static Path withJsonExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? file : file.resolveSibling(name + ".json");
    }
}
