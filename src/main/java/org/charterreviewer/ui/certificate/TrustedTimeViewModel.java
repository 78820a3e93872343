package org.charterreviewer.ui.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.charterreviewer.certificate.SignatureTimestamp;
import org.charterreviewer.certificate.TimestampUnavailableException;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * "Add trusted time…", as {@code certificate extend}: a certificate signed without a timestamp
 * server gets the council server's trusted time and the validation data that keeps its signatures
 * checkable after the signers' certificates expire. The officer chooses the PDF and where the
 * extended copy goes; the work runs in the background with progress and Cancel, and a server that
 * cannot be reached is said in plain words, the certificate left as it was.
 */
public final class TrustedTimeViewModel {

    /** Extends the certificate {@code in} into {@code out} (CertificateExtension); the time vouched for. */
    @FunctionalInterface
    public interface Extender {
        SignatureTimestamp extend(Path in, Path out, ProgressMonitor monitor);
    }

    private final Extender extender;
    private final Supplier<Optional<String>> councilServer;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<Path> afterExtended;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param councilServer the council's timestamp server setting (read off the FX thread)
     * @param afterExtended shown the extended file, e.g. checks it on the Verify screen
     */
    public TrustedTimeViewModel(Extender extender, Supplier<Optional<String>> councilServer, TaskExecutor tasks,
            DialogService dialogs, Consumer<Path> afterExtended) {
        this.extender = extender;
        this.councilServer = councilServer;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterExtended = afterExtended;
    }

    /** Checks a timestamp server is set, then asks for the certificate and where to save, and extends it. */
    public void addTrustedTime() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("extend.ui.task.readingServer"), monitor -> councilServer.get())
                .notCancellable()
                .onSuccess(server -> {
                    busy.set(false);
                    if (server.isEmpty()) {
                        dialogs.showInformation(tr("extend.ui.title"), tr("extend.ui.noServer"));
                    } else {
                        chooseAndExtend();
                    }
                })
                .onFailure(this::failed));
    }

    private void chooseAndExtend() {
        List<Path> chosen = dialogs.chooseFilesToOpen(tr("extend.ui.choose"), tr("extend.ui.filter"), "*.pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path in = chosen.get(0);
        String name = in.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        Optional<Path> out = dialogs.chooseFileToSave(tr("extend.ui.save"), tr("extend.ui.fileName", name),
                tr("extend.ui.filter"), "*.pdf");
        if (out.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("extend.ui.task.extending", in.getFileName()),
                monitor -> extender.extend(in, out.get(), monitor))
                .onSuccess(stamp -> {
                    busy.set(false);
                    afterExtended.accept(out.get());
                    if (dialogs.confirm(tr("extend.ui.title"), tr("extend.ui.done", out.get().getFileName(),
                            Dates.dayAndTime(stamp.time()), stamp.authority()), tr("dialog.action.open"),
                            tr("dialog.action.notNow"))) {
                        dialogs.openInSystemViewer(out.get());
                    }
                })
                .onCancelled(() -> {
                    busy.set(false);
                    dialogs.showInformation(tr("extend.ui.title"), tr("extend.ui.cancelled", in.getFileName()));
                })
                .onFailure(this::failed));
    }

    private void failed(Exception error) {
        busy.set(false);
        String text = ErrorText.of(error, "extend.ui.failed");
        if (error instanceof TimestampUnavailableException) {
            text = text + "\n\n" + tr("extend.ui.checkServer");
        }
        dialogs.showError(tr("extend.ui.title"), text);
    }

    /** True while a certificate is being extended (the commands wait). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
