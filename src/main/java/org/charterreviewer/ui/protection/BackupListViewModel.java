package org.charterreviewer.ui.protection;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.protection.BackupInfo;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The first step of File → Restore from backup… without a window: the backups in the data folder's
 * backups folder, newest first, with when each was taken and its size (what {@code backup list}
 * prints, from the same {@link BackupService#list}), the one chosen, or another file from elsewhere.
 */
public final class BackupListViewModel {

    private final Path folder;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BackupListViewModel(Path folder, TaskExecutor tasks, DialogService dialogs) {
        this.folder = folder;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Lists the folder off the FX thread and chooses the newest backup. */
    public void load() {
        busy.set(true);
        message.set(tr("restore.list.loading"));
        tasks.execute(BackgroundTask.of(tr("restore.list.loading"), monitor -> BackupService.list(folder))
                .notCancellable()
                .onSuccess(this::show)
                .onFailure(error -> {
                    busy.set(false);
                    backups.clear();
                    message.set(tr("protection.backup.listFailed", folder));
                }));
    }

    private void show(List<BackupInfo> found) {
        busy.set(false);
        backups.setAll(found);
        selected.set(found.isEmpty() ? null : found.get(0));
        message.set(found.isEmpty() ? tr("restore.list.none", folder) : tr("restore.list.heading", folder));
    }

    /** "3 December 2026, 14:05 – 1.2 MB – charter-reviewer-backup-20261203T140500Z.zip" */
    public static String describe(BackupInfo backup) {
        return tr("restore.list.line", Dates.dayAndTime(backup.takenAt()), Sizes.format(backup.sizeBytes()),
                backup.file().getFileName().toString());
    }

    /** The backup chosen in the list, if any. */
    public Optional<Path> chosen() {
        return Optional.ofNullable(selected.get()).map(BackupInfo::file);
    }

    /** A backup kept somewhere else (a USB stick), through the system's file dialog. */
    public Optional<Path> chooseOtherFile() {
        return dialogs.chooseFilesToOpen(tr("restore.choose"), tr("restore.filter"), "*.zip").stream().findFirst();
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    /** Where the list comes from, or why it is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
