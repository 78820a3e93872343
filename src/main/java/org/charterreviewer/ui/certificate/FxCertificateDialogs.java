package org.charterreviewer.ui.certificate;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.PassphrasePrompt;

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
        ChoiceDialog<ReviewSummary> dialog = new ChoiceDialog<>(finalised.get(0), finalised);
        dialog.initOwner(owner.get());
        dialog.setTitle(tr("certificate.ui.title"));
        dialog.setHeaderText(tr("certificate.ui.chooseReview"));
        dialog.setContentText(tr("certificate.ui.review"));
        javafx.scene.control.ComboBox<?> combo = (javafx.scene.control.ComboBox<?>) dialog.getDialogPane()
                .lookup(".combo-box");
        if (combo != null) {
            combo.setId("certificate-review-choice");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<ReviewSummary> typed = (javafx.scene.control.ComboBox<ReviewSummary>) combo;
            typed.setConverter(new StringConverter<>() {
                @Override
                public String toString(ReviewSummary r) {
                    return r == null ? "" : tr("certificate.ui.reviewLine", r.schoolName(), r.charterTitle(),
                            Dates.day(r.awardedOn()), r.revision());
                }

                @Override
                public ReviewSummary fromString(String text) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
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
