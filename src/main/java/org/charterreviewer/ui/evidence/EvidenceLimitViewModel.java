package org.charterreviewer.ui.evidence;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.EvidenceSizeLimit;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * File → Evidence size limit… without a window: the largest file an officer may attach, read and
 * changed through {@link EvidenceService} as {@code evidence limit} does, in whole megabytes
 * ({@link EvidenceSizeLimit}); the change is audited by the service.
 */
public final class EvidenceLimitViewModel {

    private final EvidenceService evidence;
    private final TaskExecutor tasks;

    private final StringProperty megabytes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public EvidenceLimitViewModel(EvidenceService evidence, TaskExecutor tasks) {
        this.evidence = evidence;
        this.tasks = tasks;
    }

    /** Reads the limit in force into the sentence and the field (the dialog calls this as it opens). */
    public void refresh() {
        message.set("");
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("evidenceLimit.task.read"), monitor -> evidence.maxBytes())
                .notCancellable().onSuccess(bytes -> {
                    busy.set(false);
                    show(bytes);
                }).onFailure(this::fail));
    }

    /** Saves the typed number of megabytes; a number it cannot take is explained and nothing changes. */
    public void save() {
        long bytes;
        try {
            bytes = EvidenceSizeLimit.bytesFrom(megabytes.get());
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(tr("evidenceLimit.task.save"), monitor -> {
            evidence.setMaxBytes(bytes);
            return bytes;
        }).notCancellable().onSuccess(saved -> {
            busy.set(false);
            show(saved);
            message.set(tr("evidenceLimit.saved", Sizes.format(saved)));
        }).onFailure(this::fail));
    }

    private void show(long bytes) {
        current.set(tr("evidenceLimit.current", Sizes.format(bytes)));
        megabytes.set(Long.toString(EvidenceSizeLimit.megabytes(bytes)));
    }

    private void fail(Exception error) {
        busy.set(false);
        message.set(ErrorText.of(error, "evidenceLimit.failed"));
    }

    public StringProperty megabytesProperty() {
        return megabytes;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
