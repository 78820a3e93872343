package org.charterreviewer.ui.bundle;

import java.util.List;
import java.util.Optional;
import org.charterreviewer.review.ReviewSummary;

/** The bundle actions' own dialogs, behind an interface so the view model tests without a window. */
public interface BundleDialogs {

    /** Which review to export; empty when the officer cancels. */
    Optional<ReviewSummary> chooseReview(List<ReviewSummary> reviews);

    /** True for the redacted bundle (for the school and families), false for the full one; empty to cancel. */
    Optional<Boolean> askRedacted();

    /** The passphrase that unlocks the signing identity; empty to cancel. The caller wipes it. */
    Optional<char[]> askPassphrase();
}
