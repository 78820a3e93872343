package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Finding;
import org.charterreviewer.review.Outcome;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.ui.common.DialogService;

/**
 * The outcome of the charter's award rule with every finding, the officer's decision (with a reason
 * when it differs from the outcome), the summary, and finalising or amending the review.
 */
public final class OutcomeViewModel {

    private final ReviewSession session;
    private final DialogService dialogs;
    private final BooleanSupplier editOpen;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper overrideNeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finalised = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    /** @param editOpen true while a voice or an action is being edited (finalising would drop it) */
    OutcomeViewModel(ReviewSession session, DialogService dialogs, BooleanSupplier editOpen) {
        this.session = session;
        this.dialogs = dialogs;
        this.editOpen = editOpen;
        session.reviewProperty().addListener((obs, before, after) -> show(after));
        session.loadsProperty().addListener((obs, before, after) -> load(session.getReview()));
        decision.addListener((obs, before, after) -> {
            updateHint();
            record();
            session.flush();
        });
        summary.addListener((obs, before, after) -> record());
        overrideReason.addListener((obs, before, after) -> {
            updateHint();
            record();
        });
    }

    private void show(Review review) {
        if (review == null || session.getProgress() == null) {
            return;
        }
        Outcome outcome = session.getProgress().outcome();
        boolean pledge = session.getCharter().kind() == CharterKind.PLEDGE;
        headline.set(tr(pledge ? (outcome.met() ? "review.outcome.pledgeSigned" : "review.outcome.pledgeNotYet")
                : (outcome.met() ? "review.outcome.met" : "review.outcome.notMet")));
        findings.setAll(outcome.findings().stream().map(OutcomeViewModel::findingText).toList());
        finalised.set(review.isFinalised());
        updateHint();
    }

    /** The recorded decision in the fields: when the review is opened or taken as stored again. */
    private void load(Review review) {
        if (review == null) {
            return;
        }
        RecordedDecision recorded = review.decision();
        loading = true;
        try {
            decision.set(recorded == null ? null : recorded.decision());
            summary.set(recorded == null || recorded.summary() == null ? "" : recorded.summary());
            overrideReason.set(recorded == null || recorded.overrideReason() == null ? "" : recorded.overrideReason());
        } finally {
            loading = false;
        }
        updateHint();
    }

    static String findingText(Finding finding) {
        return tr(finding.passed() ? "review.finding.passedLine" : "review.finding.failedLine", finding.text());
    }

    private void updateHint() {
        Outcome outcome = session.getProgress() == null ? null : session.getProgress().outcome();
        Decision d = decision.get();
        overrideNeeded.set(outcome != null && d != null && outcome.computed().expectedDecision() != d);
        if (d == null) {
            hint.set(tr("review.decision.none"));
        } else if (overrideNeeded.get() && isBlank(overrideReason.get())) {
            hint.set(tr("review.decision.needsReason"));
        } else {
            hint.set("");
        }
    }

    /** Records the decision as it stands, once it can be recorded (a decision, and a reason if needed). */
    private void record() {
        Decision d = decision.get();
        if (loading || !session.isEditable() || d == null || (overrideNeeded.get() && isBlank(overrideReason.get()))) {
            return;
        }
        session.type("decision", new ReviewChange.RecordDecision(d, summary.get(),
                overrideNeeded.get() ? overrideReason.get() : null));
    }

    /** Confirms, then writes everything pending and locks the review. */
    public void finalise() {
        if (!session.isEditable()) {
            return;
        }
        if (editOpen.getAsBoolean()) {
            dialogs.showError(tr("review.finalise.title"), tr("review.finalise.editOpen"));
            return;
        }
        if (decision.get() == null) {
            dialogs.showError(tr("review.finalise.title"), tr("review.error.noDecision"));
            return;
        }
        if (overrideNeeded.get() && isBlank(overrideReason.get())) {
            dialogs.showError(tr("review.finalise.title"), tr("review.error.overrideNeedsReason"));
            return;
        }
        if (dialogs.confirm(tr("review.finalise.title"), tr("review.finalise.confirm"), tr("review.finalise.yes"),
                tr("review.finalise.no"))) {
            session.flush();
            session.apply(new ReviewChange.Finalise());
        }
    }

    /** Asks for a reason and opens a new, editable revision of a finalised review. */
    public void amend() {
        if (finalised.get()) {
            dialogs.askText(tr("review.amend.title"), tr("review.amend.prompt"), "")
                    .ifPresent(reason -> session.applyWhenStored(new ReviewChange.Amend(reason)));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
    public ObservableList<String> findings() { return findings; }
    public ObjectProperty<Decision> decisionProperty() { return decision; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty overrideReasonProperty() { return overrideReason; }
    public ReadOnlyBooleanProperty overrideNeededProperty() { return overrideNeeded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty finalisedProperty() { return finalised.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    /** Writes typed text at once (focus left a field, or the tab changes). */
    public void flush() { session.flush(); }
}
