package org.charterreviewer.ui.certificate;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.PassphrasePrompt;
import org.charterreviewer.ui.common.ReviewChoice;

/** The certificate export's dialogs as real JavaFX dialogs over the main window. */
public final class FxCertificateDialogs implements CertificateDialogs {


    private final Supplier<Window> owner;
    private final Runnable identityDialog;
    private final Predicate<char[]> opens;

    /** @param opens true when a passphrase unlocks the signing identity (run off the FX thread) */
    public FxCertificateDialogs(Supplier<Window> owner, Runnable identityDialog, Predicate<char[]> opens) {
        this.owner = owner;
        this.identityDialog = identityDialog;
        this.opens = opens;
    }

    @Override
    public Optional<ReviewSummary> chooseReview(List<ReviewSummary> finalised) {
        return new ReviewChoice("certificate-choose-review", "certificate-review-choice", tr("certificate.ui.title"),
                tr("certificate.ui.chooseReview"), tr("certificate.ui.review"), tr("certificate.ui.chooseAction"),
                r -> tr("certificate.ui.reviewLine", r.schoolName(), r.charterTitle(), Dates.day(r.awardedOn()),
                        r.revision())).ask(owner.get(), finalised);
    }

    @Override
    public Optional<char[]> askPassphrase() {
        return new PassphrasePrompt(owner.get(), opens).ask("certificate-passphrase", tr("certificate.ui.title"),
                tr("certificate.ui.passphrase"), tr("certificate.ui.passphraseField"), tr("certificate.ui.sign"));
    }

    @Override
    public void editIdentity() {
        identityDialog.run();
    }
}
