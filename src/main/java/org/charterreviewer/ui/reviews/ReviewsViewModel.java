package org.charterreviewer.ui.reviews;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The list of reviews: filters (school text, charter, status, visit dates), the "due for renewal"
 * view of awards, and the commands of the Reviews screen. Every query runs through the task
 * executor; results that arrive after a newer query was started are dropped.
 */
public final class ReviewsViewModel {

    public static final int DEFAULT_DUE_DAYS = 90;

    private final ReviewsServices services;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Navigator navigator;

    private final ReviewsFilters filters = new ReviewsFilters(this::refresh, this::showMatching);

    private final ObservableList<ReviewSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper noReviewsAtAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper deleting = new ReadOnlyBooleanWrapper(false);

    private List<ReviewSummary> loaded = List.of();
    private int generation;

    public ReviewsViewModel(ReviewsServices services, TaskExecutor tasks, DialogService dialogs, Navigator navigator) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    // --- properties ----------------------------------------------------------------------------------

    /** Words to find in the school's name or URN. */
    public StringProperty filterTextProperty() {
        return filters.textProperty();
    }

    public ObservableList<Choice<String>> charterChoices() {
        return filters.charterChoices();
    }

    /** The charter id to show (value null: every charter). */
    public ObjectProperty<Choice<String>> charterFilterProperty() {
        return filters.charterProperty();
    }

    public ObservableList<Choice<ReviewStatus>> statusChoices() {
        return filters.statusChoices();
    }

    public ObjectProperty<Choice<ReviewStatus>> statusFilterProperty() {
        return filters.statusProperty();
    }

    public ObjectProperty<LocalDate> visitFromProperty() {
        return filters.visitFromProperty();
    }

    public ObjectProperty<LocalDate> visitToProperty() {
        return filters.visitToProperty();
    }

    /** True: the awards that are due for renewal or expired instead of every review. */
    public BooleanProperty dueForRenewalProperty() {
        return filters.dueForRenewalProperty();
    }

    public boolean isDueForRenewal() {
        return filters.isDueForRenewal();
    }

    public IntegerProperty dueWithinDaysProperty() {
        return filters.dueWithinDaysProperty();
    }

    /** The reviews the table shows. */
    public ObservableList<ReviewSummary> rows() {
        return rows;
    }

    public ObjectProperty<ReviewSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the data folder holds no review at all (the newcomer's empty state). */
    public ReadOnlyBooleanProperty noReviewsAtAllProperty() {
        return noReviewsAtAll.getReadOnlyProperty();
    }

    /** What the table says when it has no rows. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public String getEmptyMessage() {
        return emptyMessage.get();
    }

    /** "3 reviews" or "2 awards due for renewal", for the line under the table. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True while a deletion is being planned or carried out: Delete waits. */
    public ReadOnlyBooleanProperty deletingProperty() {
        return deleting.getReadOnlyProperty();
    }

    // --- loading -------------------------------------------------------------------------------------

    /** Reads the charters for the filter and the reviews again (when the screen is shown or after a change). */
    public void refresh() {
        int current = ++generation;
        loading.set(true);
        if (rows.isEmpty()) {
            emptyMessage.set(tr("reviews.loading"));
        }
        boolean due = isDueForRenewal();
        int days = Math.max(0, filters.dueWithinDaysProperty().get());
        ReviewFilter filter = filters.query();
        tasks.execute(BackgroundTask.of(tr("reviews.task.loading"), monitor -> {
            List<ReviewSummary> found = due ? services.reviews().dueForRenewal(days) : services.reviews().list(filter);
            boolean none = services.reviewCount().getAsInt() == 0;
            return new Loaded(found, none, services.charters().all());
        }).notCancellable().onSuccess(result -> {
            if (current == generation) {
                show(result);
            }
        }).onFailure(error -> {
            if (current == generation) {
                loading.set(false);
                dialogs.showError(tr("reviews.error.loadTitle"), messageOf(error));
            }
        }));
    }

    private record Loaded(List<ReviewSummary> reviews, boolean noReviews, List<StoredCharter> charters) {
    }

    private void show(Loaded result) {
        if (filters.updateCharterChoices(result.charters())) {
            refresh();
        }
        loaded = result.reviews();
        noReviewsAtAll.set(result.noReviews());
        loading.set(false);
        showMatching();
    }

    /** Applies the text filter (and, for the renewal view, the other filters) to what was loaded. */
    private void showMatching() {
        List<ReviewSummary> matching = loaded.stream().filter(filters::matches).toList();
        ReviewSummary was = selected.get();
        rows.setAll(matching);
        if (was != null) {
            selected.set(matching.stream().filter(s -> s.id().equals(was.id())).findFirst().orElse(null));
        }
        emptyMessage.set(emptyText());
        countText.set(filters.countText(matching.size()));
    }

    private String emptyText() {
        if (loading.get()) {
            return tr("reviews.loading");
        }
        return filters.emptyText(noReviewsAtAll.get());
    }

    /** Puts every filter back to "any" (and the list back to every review). */
    public void clearFilters() {
        filters.clear();
    }

    // --- commands ------------------------------------------------------------------------------------

    /** Opens the walkthrough of a review. */
    public void open(ReviewSummary summary) {
        if (summary != null) {
            navigator.openReview(summary.id());
        }
    }

    public void openSelected() {
        open(selected.get());
    }

    /** The model of a New review dialog; when a review is started, the list is read again. */
    public NewReviewViewModel newReview() {
        return new NewReviewViewModel(services, tasks, navigator, this::refresh);
    }

    /**
     * Deletes the chosen review for good: finds what would go off the FX thread, asks with a message
     * that names the school, the charter and the evidence files, then deletes it (every revision) and
     * compacts the database, and reads the list again.
     */
    public void deleteSelected() {
        ReviewSummary review = selected.get();
        if (review == null || deleting.get()) {
            return;
        }
        deleting.set(true);
        tasks.execute(BackgroundTask.of(tr("reviews.delete.planning"),
                monitor -> services.eraser().planReview(review.id()))
                .notCancellable()
                .onSuccess(plan -> {
                    deleting.set(false);
                    if (!plan.reviews().isEmpty() && dialogs.confirmIrreversible(tr("reviews.delete.title"),
                            deleteConfirmation(plan.reviews().get(0), charterText(review)), tr("dialog.action.delete"))) {
                        erase(plan, charterText(review));
                    }
                })
                .onFailure(this::deleteFailed));
    }

    /** The plan names the charter by id; the list shows its title, so the question does too. */
    static String deleteConfirmation(ErasedReview review, String charter) {
        return tr("reviews.delete.confirm", review.schoolName(), charter, date(review.visitDate()),
                review.revisions(), review.files().size()) + "\n\n" + tr("reviews.delete.final");
    }

    private void erase(ErasurePlan plan, String charter) {
        deleting.set(true);
        ErasedReview review = plan.reviews().get(0);
        tasks.execute(BackgroundTask.of(tr("reviews.delete.task"), monitor -> services.eraser().erase(plan))
                .notCancellable()
                .onSuccess(result -> {
                    deleting.set(false);
                    selected.set(null);
                    refresh();
                    dialogs.showInformation(tr("reviews.delete.title"),
                            tr("reviews.delete.done", review.schoolName(), charter));
                })
                .onFailure(this::deleteFailed));
    }

    private void deleteFailed(Exception error) {
        deleting.set(false);
        refresh();
        dialogs.showError(tr("reviews.delete.failedTitle"), messageOf(error));
    }

    // --- texts for the table -------------------------------------------------------------------------

    public static String date(LocalDate date) {
        return Dates.day(date);
    }

    public static String statusText(ReviewStatus status) {
        return tr("reviews.status." + (status == ReviewStatus.FINALISED ? "finalised" : "inProgress"));
    }

    /** Status, with the revision when the review was amended. */
    public static String statusText(ReviewSummary summary) {
        String status = statusText(summary.status());
        return summary.revision() > 1 ? tr("reviews.status.withRevision", status, summary.revision()) : status;
    }

    public static String decisionText(Decision decision) {
        if (decision == null) {
            return "";
        }
        return switch (decision) {
            case AWARDED -> tr("reviews.decision.awarded");
            case NOT_YET -> tr("reviews.decision.notYet");
            case DEFERRED -> tr("reviews.decision.deferred");
        };
    }

    /** The decision with the award level reached, e.g. "Awarded: Gold", for charters with levels. */
    public static String decisionText(ReviewSummary summary) {
        if (summary.decision() == Decision.AWARDED && summary.awardLevel() != null) {
            return tr("reviews.decision.awardedLevel", summary.awardLevel());
        }
        return decisionText(summary.decision());
    }

    public static String charterText(ReviewSummary summary) {
        String title = summary.charterTitle() == null ? summary.charterId() : summary.charterTitle();
        return tr("reviews.new.charterOption", title, summary.charterVersion());
    }

    /** The valid-until date with, for awards, how long is left ("expired 3 days ago", "in 40 days"). */
    public String validUntilText(ReviewSummary summary) {
        LocalDate until = summary.validUntil();
        if (until == null) {
            return summary.decision() == Decision.AWARDED && summary.awardedOn() != null
                    ? tr("reviews.renewal.noEndDate") : "";
        }
        long days = ChronoUnit.DAYS.between(LocalDate.now(services.clock()), until);
        String when = days < 0 ? tr("reviews.renewal.expired", -days)
                : days == 0 ? tr("reviews.renewal.today") : tr("reviews.renewal.inDays", days);
        return tr("reviews.renewal.validUntil", date(until), when);
    }

    /** True when the award has passed its valid-until date. */
    public boolean isExpired(ReviewSummary summary) {
        return summary.validUntil() != null && summary.validUntil().isBefore(LocalDate.now(services.clock()));
    }

    static String messageOf(Exception error) {
        return ErrorText.of(error, "reviews.error.unexpected");
    }


    TaskExecutor tasks() {
        return tasks;
    }

    DialogService dialogs() {
        return dialogs;
    }

    UUID selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }
}
