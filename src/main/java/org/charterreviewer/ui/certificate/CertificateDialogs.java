package org.charterreviewer.ui.certificate;

import java.util.List;
import java.util.Optional;
import org.charterreviewer.review.ReviewSummary;

/** The certificate export's own dialogs, behind an interface so the view model tests without a window. */
public interface CertificateDialogs {

    /** Asks which finalised review to export; empty if cancelled. */
    Optional<ReviewSummary> chooseReview(List<ReviewSummary> finalised);

    /** Asks for the passphrase, masked; empty if cancelled. */
    Optional<char[]> askPassphrase();

    /** Opens the signing identity dialog and waits until the officer closes it. */
    void editIdentity();
}
