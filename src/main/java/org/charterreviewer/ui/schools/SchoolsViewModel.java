package org.charterreviewer.ui.schools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.GiasImportResult;
import org.charterreviewer.school.ImportProblem;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.school.SchoolReview;
import org.charterreviewer.school.UrnTakenException;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * State and commands of the schools screen: the search text and its results, the selected school
 * and its reviews, add/edit/archive and the GIAS import. Queries run off the FX thread on their own
 * executor and only the latest one's answer is shown; writes and the import go through the status
 * bar's executor, which shows their progress and Cancel.
 */
public final class SchoolsViewModel {

    /** More rows than anyone scrolls through; a longer list asks for a narrower search. */
    static final int LIMIT = 1_000;

    private final SchoolRegister register;
    private final TaskExecutor tasks;
    private final TaskExecutor queries;
    private final DialogService dialogs;
    private final SchoolDialogs schoolDialogs;
    private final DataEraser eraser;
    private final Navigator navigator;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty includeArchived = new SimpleBooleanProperty(false);
    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper resultSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<School> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SchoolReview> selectedReviews = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong latestQuery = new AtomicLong();
    private final AtomicLong latestSelection = new AtomicLong();

    public SchoolsViewModel(SchoolRegister register, TaskExecutor tasks, TaskExecutor queries, DialogService dialogs,
            SchoolDialogs schoolDialogs) {
        this(register, tasks, queries, dialogs, schoolDialogs, null);
    }

    /** With {@code eraser} the screen can delete schools for good (null: it cannot). */
    public SchoolsViewModel(SchoolRegister register, TaskExecutor tasks, TaskExecutor queries, DialogService dialogs,
            SchoolDialogs schoolDialogs, DataEraser eraser) {
        this(register, tasks, queries, dialogs, schoolDialogs, eraser, null);
    }

    /** With {@code navigator} a review in the school's list opens on Enter or double-click (null: it does not). */
    public SchoolsViewModel(SchoolRegister register, TaskExecutor tasks, TaskExecutor queries, DialogService dialogs,
            SchoolDialogs schoolDialogs, DataEraser eraser, Navigator navigator) {
        this.navigator = navigator;
        this.eraser = eraser;
        this.register = register;
        this.tasks = tasks;
        this.queries = queries;
        this.dialogs = dialogs;
        this.schoolDialogs = schoolDialogs;
        includeArchived.addListener((observable, before, after) -> search());
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty includeArchivedProperty() {
        return includeArchived;
    }

    /** The schools found, sorted by name; read-only for the view. */
    public ObservableList<School> schools() {
        return FXCollections.unmodifiableObservableList(schools);
    }

    public ReadOnlyStringProperty resultSummaryProperty() {
        return resultSummary.getReadOnlyProperty();
    }

    public String getResultSummary() {
        return resultSummary.get();
    }

    public ReadOnlyObjectProperty<School> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public School getSelected() {
        return selected.get();
    }

    /** Opens one of the selected school's reviews in its walkthrough. */
    public void openReview(SchoolReview review) {
        if (review != null && navigator != null) {
            navigator.openReview(review.reviewId());
        }
    }

    public ObservableList<SchoolReview> selectedReviews() {
        return FXCollections.unmodifiableObservableList(selectedReviews);
    }

    /** True while a write or an import runs: the buttons that start another wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The schools found for {@code text} (null: no search), and how many there are in all. */
    private record Found(String text, List<School> schools, int total) {
    }

    /** Runs the current search; an answer to an older search that arrives late is dropped. */
    public void search() {
        long query = latestQuery.incrementAndGet();
        String text = searchText.get();
        boolean archived = includeArchived.get();
        queries.execute(BackgroundTask.of(Messages.tr("schools.searching"), monitor -> {
            // One row more than shown tells whether there are more, without a second pass to count them.
            List<School> found = register.search(text, archived, LIMIT + 1);
            return new Found(text == null || text.isBlank() ? null : text.strip(),
                    found.size() > LIMIT ? found.subList(0, LIMIT) : found, found.size());
        }).onSuccess(found -> {
            if (query == latestQuery.get()) {
                show(found);
            }
        }).onFailure(this::showFailure));
    }

    private void show(Found found) {
        School before = selected.get();
        schools.setAll(found.schools());
        if (found.total() > found.schools().size()) {
            resultSummary.set(Messages.tr("schools.count.capped", found.schools().size()));
        } else if (found.total() == 0 && found.text() != null) {
            // A search that found nothing says so, not "No schools", which reads as an empty register.
            resultSummary.set(Messages.tr("schools.count.noMatches", found.text()));
        } else {
            resultSummary.set(Messages.tr("schools.count", found.total()));
        }
        if (before != null) {
            select(found.schools().stream().filter(s -> s.id() == before.id()).findFirst().orElse(null));
        }
    }

    /** Shows a school's details and loads its reviews (null clears the details). */
    public void select(School school) {
        selected.set(school);
        long selection = latestSelection.incrementAndGet();
        if (school == null) {
            selectedReviews.clear();
            return;
        }
        queries.execute(BackgroundTask.of(Messages.tr("schools.loadingReviews"),
                monitor -> register.reviewsOf(school.id()))
                .onSuccess(reviews -> {
                    if (selection == latestSelection.get()) {
                        selectedReviews.setAll(reviews);
                    }
                }).onFailure(this::showFailure));
    }

    public void addSchool() {
        add(SchoolDraft.named(""), Map.of());
    }

    private void add(SchoolDraft initial, Map<SchoolField, String> problems) {
        schoolDialogs.editSchool(Messages.tr("schools.add.title"), initial, problems)
                .ifPresent(draft -> write(Messages.tr("schools.add.task"), () -> register.add(draft),
                        taken -> add(draft, Map.of(SchoolField.URN, taken))));
    }

    public void editSelected() {
        School school = selected.get();
        if (school != null) {
            edit(school, school.toDraft(), Map.of());
        }
    }

    private void edit(School school, SchoolDraft initial, Map<SchoolField, String> problems) {
        schoolDialogs.editSchool(Messages.tr("schools.edit.title", school.name()), initial, problems)
                .ifPresent(draft -> write(Messages.tr("schools.edit.task"), () -> register.update(school.id(), draft),
                        taken -> edit(school, draft, Map.of(SchoolField.URN, taken))));
    }

    /** Archives the selected school, or brings it back if it is archived. */
    public void toggleArchiveSelected() {
        School school = selected.get();
        if (school == null) {
            return;
        }
        if (school.archived()) {
            write(Messages.tr("schools.unarchive.task"), () -> register.unarchive(school.id()), this::showUrnTaken);
        } else if (dialogs.confirm(Messages.tr("schools.archive.title"),
                Messages.tr("schools.archive.confirm", school.name()), Messages.tr("dialog.action.archive"),
                Messages.tr("dialog.cancel"))) {
            write(Messages.tr("schools.archive.task"), () -> register.archive(school.id()), this::showUrnTaken);
        }
    }

    public boolean canDelete() {
        return eraser != null;
    }

    /**
     * Deletes the selected school for good, with its reviews, after a confirmation that names the
     * school and lists the reviews and files that go with it. Then the database is compacted.
     */
    public void deleteSelected() {
        School school = selected.get();
        if (school == null || eraser == null) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.tr("schools.delete.planning"),
                monitor -> eraser.planSchool(school.id()))
                .notCancellable()
                .onSuccess(planned -> {
                    busy.set(false);
                    if (dialogs.confirmIrreversible(Messages.tr("schools.delete.title"),
                            deleteConfirmation(planned), Messages.tr("dialog.action.delete"))) {
                        erase(planned);
                    }
                })
                .onFailure(error -> {
                    busy.set(false);
                    showFailure(error);
                }));
    }

    /** The question names each review's charter by its title, as the school's page does. */
    static String deleteConfirmation(ErasurePlan plan) {
        StringBuilder text = new StringBuilder(plan.reviews().isEmpty()
                ? Messages.tr("schools.delete.confirm", plan.schoolName())
                : Messages.tr("schools.delete.confirmWithReviews", plan.schoolName(), plan.reviews().size(),
                        plan.files()));
        for (ErasedReview review : plan.reviews()) {
            text.append('\n').append(Messages.tr("schools.delete.reviewLine", review.charterName(),
                    review.visitDate() == null ? "–" : Dates.day(review.visitDate()), review.files().size()));
        }
        return text.append("\n\n").append(Messages.tr("schools.delete.final")).toString();
    }

    private void erase(ErasurePlan plan) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.tr("schools.delete.task"), monitor -> eraser.erase(plan))
                .notCancellable()
                .onSuccess(result -> {
                    busy.set(false);
                    selected.set(null);
                    selectedReviews.clear();
                    search();
                    dialogs.showInformation(Messages.tr("schools.delete.title"), Messages.tr("schools.delete.done",
                            plan.schoolName(), result.reviewsDeleted()));
                })
                .onFailure(error -> {
                    busy.set(false);
                    showFailure(error);
                }));
    }

    private interface Write {
        School run();
    }

    /** Saves a school; a URN already in use brings the form back as it was, the reason beside the URN. */
    private void write(String title, Write write, Consumer<String> urnTaken) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(title, monitor -> write.run())
                .notCancellable()
                .onSuccess(school -> {
                    busy.set(false);
                    selected.set(school);
                    select(school);
                    search();
                })
                .onFailure(error -> {
                    busy.set(false);
                    if (error instanceof UrnTakenException) {
                        urnTaken.accept(error.getMessage());
                    } else {
                        showFailure(error);
                    }
                }));
    }

    /** Asks for a GIAS file and the filters, then imports it with progress and Cancel. */
    public void importGias() {
        List<Path> files = dialogs.chooseFilesToOpen(Messages.tr("schools.import.choose"),
                Messages.tr("schools.import.filter"), "*.csv", "*.CSV");
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        Optional<GiasImportOptions> options = schoolDialogs.askImportOptions(file.getFileName().toString());
        if (options.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.tr("schools.import.task"),
                        monitor -> register.importGias(file, options.get(), monitor))
                .onSuccess(result -> {
                    busy.set(false);
                    search();
                    showImportSummary(file, result);
                })
                .onCancelled(() -> {
                    busy.set(false);
                    dialogs.showInformation(Messages.tr("schools.import.title"), Messages.tr("schools.import.cancelled"));
                })
                .onFailure(error -> {
                    busy.set(false);
                    showFailure(error);
                }));
    }

    private void showImportSummary(Path file, GiasImportResult result) {
        String counts = Messages.tr("schools.import.summary", file.getFileName(), result.added(), result.updated(),
                result.unchanged(), result.skippedOtherAuthority(), result.skippedNotOpen(), result.problems().size());
        if (!result.missingColumns().isEmpty()) {
            counts += "\n" + Messages.tr("cli.school.import.missingColumns", String.join(", ", result.missingColumns()));
        }
        if (result.problems().isEmpty()) {
            dialogs.showInformation(Messages.tr("schools.import.title"), counts);
        } else {
            dialogs.showErrorList(Messages.tr("schools.import.titleProblems"), counts,
                    result.problems().stream().map(ImportProblem::toString).toList());
        }
    }

    private void showUrnTaken(String message) {
        dialogs.showError(Messages.tr("schools.failed.title"), message);
    }

    private void showFailure(Exception error) {
        String message = error instanceof InvalidInputException ? error.getMessage()
                : Messages.tr("schools.failed");
        dialogs.showError(Messages.tr("schools.failed.title"), message);
    }
}
