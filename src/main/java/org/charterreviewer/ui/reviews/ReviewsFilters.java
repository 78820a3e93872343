package org.charterreviewer.ui.reviews;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;

/**
 * The filters of the Reviews screen (school text, charter, status, visit dates, due for renewal) and
 * what the list says with them: which reviews match, the count under the table, the empty message.
 * A change that needs the database asks {@code requery}; the text only filters what was loaded.
 */
public final class ReviewsFilters {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Choice<String>> charterChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> charter = new SimpleObjectProperty<>();
    private final ObservableList<Choice<ReviewStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ReviewStatus>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> visitFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> visitTo = new SimpleObjectProperty<>();
    private final BooleanProperty dueForRenewal = new SimpleBooleanProperty(false);
    private final IntegerProperty dueWithinDays = new SimpleIntegerProperty(ReviewsViewModel.DEFAULT_DUE_DAYS);
    private boolean adjustingChoices;

    ReviewsFilters(Runnable requery, Runnable rematch) {
        Choice<String> anyCharter = new Choice<>(null, tr("reviews.filter.anyCharter"));
        charterChoices.add(anyCharter);
        charter.set(anyCharter);
        statusChoices.add(new Choice<>(null, tr("reviews.filter.anyStatus")));
        for (ReviewStatus each : ReviewStatus.values()) {
            statusChoices.add(new Choice<>(each, ReviewsViewModel.statusText(each)));
        }
        status.set(statusChoices.get(0));

        charter.addListener((o, before, after) -> {
            if (!adjustingChoices) {
                requery.run();
            }
        });
        status.addListener((o, before, after) -> requery.run());
        visitFrom.addListener((o, before, after) -> requery.run());
        visitTo.addListener((o, before, after) -> requery.run());
        dueForRenewal.addListener((o, before, after) -> requery.run());
        dueWithinDays.addListener((o, before, after) -> {
            if (isDueForRenewal()) {
                requery.run();
            }
        });
        text.addListener((o, before, after) -> rematch.run());
    }

    StringProperty textProperty() { return text; }
    ObservableList<Choice<String>> charterChoices() { return charterChoices; }
    ObjectProperty<Choice<String>> charterProperty() { return charter; }
    ObservableList<Choice<ReviewStatus>> statusChoices() { return statusChoices; }
    ObjectProperty<Choice<ReviewStatus>> statusProperty() { return status; }
    ObjectProperty<LocalDate> visitFromProperty() { return visitFrom; }
    ObjectProperty<LocalDate> visitToProperty() { return visitTo; }
    BooleanProperty dueForRenewalProperty() { return dueForRenewal; }
    IntegerProperty dueWithinDaysProperty() { return dueWithinDays; }

    boolean isDueForRenewal() {
        return dueForRenewal.get();
    }

    /** What to ask the database for; the renewal view asks for every award due and filters here. */
    ReviewFilter query() {
        return isDueForRenewal() ? ReviewFilter.all() : new ReviewFilter(null, valueOf(charter.get()),
                valueOf(status.get()), visitFrom.get(), visitTo.get());
    }

    /**
     * One choice per charter id (the newest version's title). The list is changed in place and the
     * current choice kept, so the combo box keeps its value and no second query starts. True when
     * the charter chosen is gone, so the list must be read again for "every charter".
     */
    boolean updateCharterChoices(List<StoredCharter> charters) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (StoredCharter stored : charters) {
            titles.putIfAbsent(stored.charter().id(), stored.charter().title());
        }
        Choice<String> chosen = charter.get();
        boolean chosenGone;
        adjustingChoices = true;
        try {
            charterChoices.removeIf(c -> c.value() != null && !c.label().equals(titles.get(c.value())));
            titles.forEach((id, title) -> {
                Choice<String> choice = new Choice<>(id, title);
                if (!charterChoices.contains(choice)) {
                    charterChoices.add(choice);
                }
            });
            chosenGone = chosen == null || !charterChoices.contains(chosen);
            charter.set(chosenGone ? charterChoices.get(0) : chosen);
        } finally {
            adjustingChoices = false;
        }
        return chosenGone && chosen != null && chosen.value() != null;
    }

    boolean matches(ReviewSummary summary) {
        if (isDueForRenewal()) {
            // The renewal query has no filter of its own; the charter and dates apply here.
            String charterId = valueOf(charter.get());
            if (charterId != null && !charterId.equals(summary.charterId())) {
                return false;
            }
            if (!inRange(summary.visitDate())) {
                return false;
            }
        }
        return matchesText(summary, text.get());
    }

    private boolean inRange(LocalDate visit) {
        if (visitFrom.get() != null && (visit == null || visit.isBefore(visitFrom.get()))) {
            return false;
        }
        return visitTo.get() == null || (visit != null && !visit.isAfter(visitTo.get()));
    }

    /** A choice's value; no choice at all (a combo box being refilled) means "any". */
    private static <T> T valueOf(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    /** Every word of the filter is in the school's name or URN, ignoring case. */
    static boolean matchesText(ReviewSummary summary, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = (summary.schoolName() + " " + (summary.schoolUrn() == null ? "" : summary.schoolUrn()))
                .toLowerCase(Locale.UK);
        for (String word : text.toLowerCase(Locale.UK).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The words searched for, or null when there is no search. */
    private String searched() {
        String words = text.get();
        return words == null || words.isBlank() ? null : words.strip();
    }

    /** "3 reviews", "2 awards due for renewal", or, when a search found nothing, that nothing matches it. */
    String countText(int shown) {
        String searched = searched();
        if (shown == 0 && searched != null) {
            return tr(isDueForRenewal() ? "reviews.count.noAwardMatches" : "reviews.count.noMatches", searched);
        }
        return isDueForRenewal() ? tr("reviews.count.due", shown) : tr("reviews.count.reviews", shown);
    }

    /** What the empty table says once loaded: no reviews at all, a search or filters that match none. */
    String emptyText(boolean noReviewsAtAll) {
        if (noReviewsAtAll) {
            return tr("reviews.empty.newcomer");
        }
        if (visitFrom.get() != null && visitTo.get() != null && visitFrom.get().isAfter(visitTo.get())) {
            return tr("reviews.empty.datesReversed");
        }
        String searched = searched();
        if (searched != null) {
            return tr(isDueForRenewal() ? "reviews.empty.noAwardMatches" : "reviews.empty.noMatches", searched);
        }
        return isDueForRenewal() ? tr("reviews.empty.noneDue", dueWithinDays.get()) : tr("reviews.empty.noMatch");
    }

    /** Puts every filter back to "any" (and the list back to every review). */
    void clear() {
        text.set("");
        charter.set(charterChoices.get(0));
        status.set(statusChoices.get(0));
        visitFrom.set(null);
        visitTo.set(null);
    }
}
