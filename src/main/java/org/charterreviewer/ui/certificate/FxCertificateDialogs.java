package org.charterreviewer.ui.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.charterreviewer.i18n.Formats;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.Controls;

/** The certificate export's dialogs as real JavaFX dialogs over the main window. */
public final class FxCertificateDialogs implements CertificateDialogs {

    private static final DateTimeFormatter DATE = Formats.SHORT_DATE;

    private final Supplier<Window> owner;
    private final Runnable identityDialog;

    public FxCertificateDialogs(Supplier<Window> owner, Runnable identityDialog) {
        this.owner = owner;
        this.identityDialog = identityDialog;
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
                            r.awardedOn() == null ? "" : DATE.format(r.awardedOn()), r.revision());
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
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(tr("certificate.ui.title"));
        dialog.setHeaderText(tr("certificate.ui.passphrase"));
        PasswordField field = Controls.describe(new PasswordField(), "certificate-passphrase", "certificate.ui.passphraseField");
        Label label = new Label(tr("certificate.ui.passphraseField"));
        label.setLabelFor(field);
        dialog.getDialogPane().setContent(new VBox(8, label, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> field.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] secret = field.getText().toCharArray();
        field.clear();
        return answer.filter(ButtonType.OK::equals).map(ok -> secret);
    }

    @Override
    public void editIdentity() {
        identityDialog.run();
    }
}
