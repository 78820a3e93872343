package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.review.Completeness;
import org.charterreviewer.review.Review;

/** The header's words: school, charter, visit, status, completeness, banner and save state. */
public final class HeaderViewModel {

    private final ReviewSession session;
    private final Runnable back;
    private final ReadOnlyStringWrapper schoolName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper charterLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper visitLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper completenessLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finalisedBanner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finalised = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding saveFailed;

    /** @param back leaves the screen for the list of reviews, after writing what is typed */
    HeaderViewModel(ReviewSession session, Runnable back) {
        this.session = session;
        this.back = back;
        this.saveFailed = Bindings.createBooleanBinding(() -> session.getSaveState() == ReviewSession.SaveState.FAILED,
                session.saveStateProperty());
        session.reviewProperty().addListener((obs, before, review) -> show(review));
    }

    private void show(Review review) {
        Charter charter = session.getCharter();
        if (review == null || charter == null) {
            return;
        }
        schoolName.set(review.school().name());
        charterLabel.set(tr("review.header.charter", charter.title(), charter.version()));
        visitLabel.set(tr("review.header.visit", review.visitDate() == null ? "—"
                : Dates.shortDay(review.visitDate()), String.join(", ", review.officers())));
        statusLabel.set(review.isFinalised() ? tr("review.status.finalised", review.revision())
                : tr("review.status.inProgress", review.revision()));
        Completeness c = session.getProgress().completeness();
        completenessLabel.set(tr("review.header.completeness", c.items() - c.unjudged(), c.items(),
                c.withoutEvidence(), c.flagged()));
        finalised.set(review.isFinalised());
        finalisedBanner.set(review.isFinalised() ? finalisedBanner(review) : "");
    }

    /** Says who finalised only when a name was recorded (none before a signing identity exists). */
    private static String finalisedBanner(Review review) {
        String on = review.finalisedAt() == null ? tr("review.banner.unknownTime")
                : Dates.shortDayAndTime(review.finalisedAt());
        String by = review.finalisedBy();
        return by == null || by.isBlank() ? tr("review.banner.finalisedNoName", on)
                : tr("review.banner.finalised", on, by);
    }

    public void back() {
        back.run();
    }

    public ReadOnlyStringProperty schoolNameProperty() { return schoolName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty charterLabelProperty() { return charterLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty visitLabelProperty() { return visitLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusLabelProperty() { return statusLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty completenessLabelProperty() { return completenessLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty finalisedBannerProperty() { return finalisedBanner.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty finalisedProperty() { return finalised.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveMessageProperty() { return session.saveMessageProperty(); }
    public BooleanBinding saveFailedProperty() { return saveFailed; }
}
