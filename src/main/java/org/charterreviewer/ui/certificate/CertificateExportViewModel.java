package org.charterreviewer.ui.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateExport;
import org.charterreviewer.certificate.CertificateService;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.PassphraseWork;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * "Export certificate…": picks a finalised, awarded review (or takes one from another screen via
 * {@link #exportCertificate(UUID)}), makes sure there is a signing identity, asks where to save
 * and for the passphrase, signs in the background with progress, then offers to open the PDF.
 */
public final class CertificateExportViewModel {

    private final CertificateService certificates;
    private final ReviewService reviews;
    private final IdentityService identity;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final CertificateDialogs certificateDialogs;

    public CertificateExportViewModel(CertificateService certificates, ReviewService reviews, IdentityService identity,
            TaskExecutor tasks, DialogService dialogs, CertificateDialogs certificateDialogs) {
        this.certificates = certificates;
        this.reviews = reviews;
        this.identity = identity;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.certificateDialogs = certificateDialogs;
    }

    /** The File menu's command: lists finalised, awarded reviews (off the FX thread) and asks which one. */
    public void exportCertificate() {
        tasks.execute(BackgroundTask.of(tr("certificate.ui.task.listing"), monitor -> reviews.list(
                new ReviewFilter(null, null, ReviewStatus.FINALISED, null, null)).stream()
                .filter(r -> r.decision() == Decision.AWARDED).toList())
                .notCancellable()
                .onSuccess(this::chooseAndExport)
                .onFailure(error -> dialogs.showError(tr("certificate.ui.title"), plain(error))));
    }

    private void chooseAndExport(List<ReviewSummary> awarded) {
        if (awarded.isEmpty()) {
            dialogs.showInformation(tr("certificate.ui.title"), tr("certificate.ui.noneAwarded"));
            return;
        }
        certificateDialogs.chooseReview(awarded).ifPresent(chosen -> export(chosen.id(), chosen.schoolName()));
    }

    /**
     * Exports the certificate of review {@code reviewId} (its latest revision): for the reviews list
     * and the review screen to call with their selected review. Must be called on the FX thread.
     */
    public void exportCertificate(UUID reviewId) {
        tasks.execute(BackgroundTask.of(tr("certificate.ui.task.listing"), monitor -> reviews.latest(reviewId))
                .notCancellable()
                .onSuccess(review -> {
                    Optional<String> refusal = certificates.whyNotEligible(review);
                    if (refusal.isPresent()) {
                        dialogs.showInformation(tr("certificate.ui.title"), refusal.get());
                    } else {
                        export(reviewId, review.school().name());
                    }
                })
                .onFailure(error -> dialogs.showError(tr("certificate.ui.title"), plain(error))));
    }

    private void export(UUID reviewId, String schoolName) {
        if (!identity.exists()) {
            dialogs.showInformation(tr("certificate.ui.title"), tr("certificate.ui.identityFirst"));
            certificateDialogs.editIdentity();
            if (!identity.exists()) {
                return;
            }
        }
        Optional<Path> target = dialogs.chooseFileToSave(tr("certificate.ui.save"), suggestedName(schoolName),
                tr("certificate.ui.filter"), "*.pdf");
        if (target.isEmpty()) {
            return;
        }
        PassphraseWork.ask(certificateDialogs::askPassphrase,
                (secret, monitor) -> certificates.export(reviewId, secret, target.get()))
                .ifPresent(signing -> tasks.execute(BackgroundTask.of(tr("certificate.ui.task.exporting", schoolName),
                        signing).notCancellable().onSuccess(this::offerToOpen)
                        .onFailure(error -> dialogs.showError(tr("certificate.ui.title"), plain(error)))));
    }

    private void offerToOpen(CertificateExport export) {
        if (dialogs.confirm(tr("certificate.ui.title"), tr("certificate.ui.done", export.certificateNumber(),
                export.schoolName(), export.file()), tr("dialog.action.open"), tr("dialog.action.notNow"))) {
            dialogs.openInSystemViewer(export.file());
        }
    }

    static String suggestedName(String schoolName) {
        String safe = schoolName.replaceAll("[\\\\/:*?\"<>|]", "").strip();
        return tr("certificate.ui.fileName", safe.isEmpty() ? "school" : safe) + ".pdf";
    }

    private static String plain(Exception error) {
        if (error instanceof InvalidInputException || error instanceof WrongPassphraseException) {
            return error.getMessage();
        }
        return tr("certificate.ui.failed");
    }
}
