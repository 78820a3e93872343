package org.charterreviewer.ui.reviews;

import java.nio.file.Path;
import java.util.function.Function;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.RegisterExports;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The window's way to the two registers the command line also writes: schools holding charter
 * status, and pledge signatories who agreed to be published. Written off the FX thread.
 */
public final class RegisterExportViewModel {

    private final RegisterExports exports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    public RegisterExportViewModel(RegisterExports exports, TaskExecutor tasks, DialogService dialogs) {
        this.exports = exports;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public void exportAwardsRegister() {
        export("registers.awards.title", "awards-register.csv", exports::writeAwardsRegister);
    }

    public void exportSignatories() {
        export("registers.signatories.title", "pledge-signatories.csv", exports::writeSignatories);
    }

    private void export(String titleKey, String suggestedName, Function<Path, Integer> writer) {
        String title = Messages.tr(titleKey);
        dialogs.chooseFileToSave(title, suggestedName, Messages.tr("registers.csvFiles"), "*.csv")
                .ifPresent(target -> tasks.execute(BackgroundTask.of(title, monitor -> writer.apply(target))
                        .notCancellable()
                        .onSuccess(rows -> dialogs.showInformation(title,
                                Messages.tr("registers.written", rows, target)))
                        .onFailure(error -> dialogs.showError(title, error.getMessage() == null
                                ? Messages.tr("registers.failed") : error.getMessage()))));
    }
}
