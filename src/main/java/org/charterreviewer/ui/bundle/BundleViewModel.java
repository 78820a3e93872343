package org.charterreviewer.ui.bundle;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.bundle.BundleAttachments;
import org.charterreviewer.bundle.BundleException;
import org.charterreviewer.bundle.BundleExporter;
import org.charterreviewer.bundle.BundleImporter;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.bundle.VerifiedBundle;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.PassphraseWork;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * File → Export / Import evidence bundle: asks what it needs, runs the work off the FX thread with
 * progress and Cancel, and reports in plain words.
 */
public final class BundleViewModel {

    /** Built when a bundle is first exported or imported: the signing identity loads BouncyCastle. */
    private final Supplier<Bundles> bundles;
    private final Supplier<IdentityService> identity;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final BundleDialogs bundleDialogs;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BundleViewModel(Bundles bundles, IdentityService identity, TaskExecutor tasks, DialogService dialogs,
            BundleDialogs bundleDialogs) {
        this(() -> bundles, () -> identity, tasks, dialogs, bundleDialogs);
    }

    public BundleViewModel(Supplier<Bundles> bundles, Supplier<IdentityService> identity, TaskExecutor tasks,
            DialogService dialogs, BundleDialogs bundleDialogs) {
        this.bundles = bundles;
        this.identity = identity;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.bundleDialogs = bundleDialogs;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    static String describe(ReviewSummary r) {
        return tr("bundle.ui.reviewLine", r.schoolName(), r.charterTitle(), Dates.day(r.visitDate()),
                r.revision());
    }

    /** Lists the reviews (off the FX thread), then asks which one and how, then exports. */
    public void export() {
        if (busy.get()) {
            return;
        }
        if (!identity.get().exists()) {
            dialogs.showError(tr("bundle.ui.export.failed"), tr("identity.none"));
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("bundle.ui.task.listing"),
                monitor -> bundles.get().reviews().list(ReviewFilter.all()))
                .notCancellable()
                .onSuccess(this::chooseAndExport)
                .onFailure(error -> failed(tr("bundle.ui.export.failed"), error)));
    }

    private void chooseAndExport(List<ReviewSummary> reviews) {
        busy.set(false);
        if (reviews.isEmpty()) {
            dialogs.showInformation(tr("bundle.ui.export.title"), tr("bundle.ui.export.noReviews"));
            return;
        }
        Optional<ReviewSummary> review = bundleDialogs.chooseReview(reviews);
        if (review.isEmpty()) {
            return;
        }
        Optional<Boolean> redacted = bundleDialogs.askRedacted();
        if (redacted.isEmpty()) {
            return;
        }
        String suggested = review.get().schoolName().replaceAll("[^\\p{L}\\p{N} ]+", " ").strip()
                + (redacted.get() ? " (redacted)" : "") + ".zip";
        Optional<Path> out = dialogs.chooseFileToSave(tr("bundle.ui.export.title"), suggested,
                tr("bundle.ui.filter"), "*.zip");
        if (out.isEmpty()) {
            return;
        }
        Optional<BackgroundTask.Work<BundleExporter.Exported>> work = PassphraseWork.ask(bundleDialogs::askPassphrase,
                (secret, monitor) -> {
                    var signing = identity.get().unlock(secret);
                    var chosen = bundles.get().reviews().revision(review.get().id(), review.get().revision());
                    return bundles.get().exporter().export(chosen, redacted.get(), BundleAttachments.NONE, signing, out.get(),
                            monitor);
                });
        if (work.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("bundle.ui.task.exporting"), work.get()).onSuccess((BundleExporter.Exported exported) -> {
            busy.set(false);
            dialogs.showInformation(tr("bundle.ui.export.title"), tr(redacted.get() ? "bundle.cli.exportedRedacted"
                    : "bundle.cli.exported", exported.file(), exported.manifest().entries().size() + 2));
        }).onCancelled(() -> busy.set(false))
                .onFailure(error -> failed(tr("bundle.ui.export.failed"), error)));
    }

    /** Asks for a bundle, verifies it (off the FX thread), shows what it holds and imports on confirmation. */
    public void importBundle() {
        if (busy.get()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(tr("bundle.ui.import.title"), tr("bundle.ui.filter"), "*.zip");
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0);
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("bundle.ui.task.verifying"),
                monitor -> bundles.get().verifier().verify(file, monitor))
                .onSuccess(summary -> confirmAndImport(file, summary))
                .onCancelled(() -> busy.set(false))
                .onFailure(error -> failed(tr("bundle.ui.import.failed"), error)));
    }

    private void confirmAndImport(Path file, VerifiedBundle.Summary summary) {
        busy.set(false);
        String signer = tr(summary.ownIdentity() ? "bundle.cli.signedByYou" : "bundle.cli.signedBy", summary.signedBy(),
                summary.signerCouncil());
        String holds = tr("bundle.cli.holds", summary.school(), summary.revision(), summary.evidenceFiles(),
                summary.redacted() ? tr("bundle.cli.redacted") : "");
        if (!dialogs.confirm(tr("bundle.ui.import.title"), tr("bundle.cli.verified") + "\n" + signer + "\n" + holds
                + "\n\n" + tr("bundle.ui.import.question"), tr("dialog.action.import"), tr("dialog.cancel"))) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("bundle.ui.task.importing"),
                monitor -> bundles.get().importer().importBundle(file, monitor))
                .onSuccess((BundleImporter.Imported imported) -> {
                    busy.set(false);
                    dialogs.showInformation(tr("bundle.ui.import.title"), tr(imported.alreadyPresent()
                            ? "bundle.cli.alreadyPresent" : "bundle.cli.imported", imported.bundle().school(),
                            imported.review().revision(), imported.bundle().signedBy(), imported.bundle().signerCouncil()));
                })
                .onCancelled(() -> busy.set(false))
                .onFailure(error -> failed(tr("bundle.ui.import.failed"), error)));
    }

    private void failed(String title, Exception error) {
        busy.set(false);
        if (error instanceof BundleException bundle) {
            dialogs.showErrorList(title, bundle.problems().get(0), bundle.problems());
        } else if (error instanceof InvalidInputException) {
            dialogs.showError(title, error.getMessage());
        } else {
            dialogs.showError(title, tr("bundle.ui.unexpected"));
        }
    }
}
