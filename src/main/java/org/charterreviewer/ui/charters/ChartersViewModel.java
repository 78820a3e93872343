package org.charterreviewer.ui.charters;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterProblem;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The charter library screen's state: the charters, the one selected, and importing files (chosen
 * or dropped) off the FX thread, with every problem shown as a list that says where it is.
 */
public final class ChartersViewModel {

    private final CharterLibrary library;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable libraryChanged;

    private final ObservableList<StoredCharter> charters = FXCollections.observableArrayList();
    private final ObjectProperty<StoredCharter> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ChartersViewModel(CharterLibrary library, TaskExecutor tasks, DialogService dialogs,
            Runnable libraryChanged) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.libraryChanged = libraryChanged;
    }

    public ObservableList<StoredCharter> charters() {
        return charters;
    }

    /** The charter whose text is shown; the view binds the table's selection to it. */
    public ObjectProperty<StoredCharter> selectedProperty() {
        return selected;
    }

    public StoredCharter getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** A short line about the last import, for the screen and screen readers. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** Loads the library again; keeps the selection on the same charter version if it is still there. */
    public void refresh() {
        refresh(null);
    }

    private void refresh(String selectReference) {
        String keep = selectReference != null ? selectReference
                : selected.get() == null ? null : selected.get().charter().reference();
        tasks.execute(BackgroundTask.of(tr("charters.task.loading"), monitor -> library.all())
                .notCancellable()
                .onSuccess(all -> {
                    charters.setAll(all);
                    selected.set(all.stream().filter(c -> c.charter().reference().equals(keep)).findFirst()
                            .orElse(all.isEmpty() ? null : all.get(0)));
                })
                .onFailure(error -> dialogs.showError(tr("charters.loadFailed.title"), tr("charters.loadFailed.message"))));
    }

    /** Asks for charter files and imports them. */
    public void chooseAndImport() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("charters.import.chooserTitle"), tr("charters.import.filter"),
                "*.json");
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** True for the files a drop may bring: charter files end in ".json". */
    public static boolean acceptsFile(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Validates and imports the files, all or none; problems are shown as a list. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        message.set(tr("charters.import.running", files.size()));
        tasks.execute(BackgroundTask.of(tr("charters.task.importing"), monitor -> library.importFiles(files, monitor))
                .onSuccess(this::imported)
                .onCancelled(() -> {
                    busy.set(false);
                    message.set(tr("charters.import.cancelled"));
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(tr("charters.import.failed.short"));
                    dialogs.showError(tr("charters.import.failed.title"), tr("charters.import.unexpected"));
                }));
    }

    private void imported(CharterImportResult result) {
        busy.set(false);
        if (!result.succeeded()) {
            List<CharterProblem> problems = result.problems();
            message.set(tr("charters.import.failed.short"));
            dialogs.showErrorList(tr("charters.import.failed.title"),
                    tr("charters.import.failed.message", problems.size()),
                    problems.stream().map(CharterProblem::toString).toList());
            return;
        }
        long added = result.outcomes().stream()
                .filter(o -> o.status() == CharterImportResult.Status.IMPORTED).count();
        long unchanged = result.outcomes().size() - added;
        message.set(tr("charters.import.done", added, unchanged));
        String first = result.outcomes().isEmpty() ? null : result.outcomes().get(0).reference();
        refresh(first);
        libraryChanged.run();
    }
}
