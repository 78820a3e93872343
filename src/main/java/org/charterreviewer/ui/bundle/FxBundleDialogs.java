package org.charterreviewer.ui.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.PassphrasePrompt;
import org.charterreviewer.ui.common.ReviewChoice;
import org.charterreviewer.ui.common.Styles;

/** The bundle dialogs as real windows, owned by the main window. */
public final class FxBundleDialogs implements BundleDialogs {

    private final Supplier<Window> owner;
    private final Predicate<char[]> opens;

    /** @param opens true when a passphrase unlocks the signing identity (run off the FX thread) */
    public FxBundleDialogs(Supplier<Window> owner, Predicate<char[]> opens) {
        this.owner = owner;
        this.opens = opens;
    }

    private <D extends Dialog<?>> D owned(D dialog, String id, String title) {
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        return dialog;
    }

    @Override
    public Optional<ReviewSummary> chooseReview(List<ReviewSummary> reviews) {
        return new ReviewChoice("bundle-choose-review", "bundle-review-choice", tr("bundle.ui.chooseReview.title"),
                tr("bundle.ui.chooseReview.title"), tr("bundle.ui.chooseReview.label"), tr("bundle.ui.chooseReview.action"),
                BundleViewModel::describe).ask(owner.get(), reviews);
    }

    @Override
    public Optional<Boolean> askRedacted() {
        ButtonType full = new ButtonType(tr("bundle.ui.full"), ButtonBar.ButtonData.NO);
        ButtonType redacted = new ButtonType(tr("bundle.ui.redacted"), ButtonBar.ButtonData.YES);
        Alert alert = owned(new Alert(Alert.AlertType.CONFIRMATION, tr("bundle.ui.redacted.question"), full, redacted,
                ButtonType.CANCEL), "bundle-ask-redacted", tr("bundle.ui.redacted.title"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == redacted);
    }

    @Override
    public Optional<char[]> askPassphrase() {
        return new PassphrasePrompt(owner.get(), opens).ask("bundle-ask-passphrase", tr("bundle.ui.passphrase.title"),
                tr("bundle.ui.passphrase.title"), tr("bundle.ui.passphrase.label"), tr("bundle.ui.passphrase.sign"));
    }
}
