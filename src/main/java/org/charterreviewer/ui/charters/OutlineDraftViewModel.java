package org.charterreviewer.ui.charters;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterProblem;
import org.charterreviewer.charter.CharterReader;
import org.charterreviewer.charter.CharterSource;
import org.charterreviewer.charter.CharterText;
import org.charterreviewer.charter.OutlineDraft;
import org.charterreviewer.charter.OutlineDrafter;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * File → New charter from outline…: choose a plain outline, see the charter drafted from it (or the
 * lines that could not be read, and the defaults used), and import it into the library.
 */
public final class OutlineDraftViewModel {

    private final CharterLibrary library;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable libraryChanged;

    private final ReadOnlyStringWrapper outlineName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(tr("outline.dialog.chooseFirst"));
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private OutlineDraft draft;
    private String jsonName;

    public OutlineDraftViewModel(CharterLibrary library, TaskExecutor tasks, DialogService dialogs,
            Runnable libraryChanged) {
        this.library = library;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.libraryChanged = libraryChanged;
    }

    public ReadOnlyStringProperty outlineNameProperty() {
        return outlineName.getReadOnlyProperty();
    }

    /** The drafted charter as it will read in the library, or empty. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** One line saying what happened last, for the dialog and screen readers. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The lines the outline could not be read at, or the defaults it used. */
    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Asks for an outline file and drafts the charter from it. */
    public void chooseOutline() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("outline.dialog.chooserTitle"), tr("outline.dialog.filter"),
                "*.md", "*.txt");
        if (!files.isEmpty()) {
            load(files.get(0));
        }
    }

    /** Reads and drafts {@code outline} off the FX thread. */
    public void load(Path outline) {
        String name = outline.getFileName().toString();
        tasks.execute(BackgroundTask.of(tr("outline.task.drafting"), monitor -> {
            try {
                return new OutlineDrafter().draft(name, Files.readString(outline, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidInputException(tr("cli.charter.draft.cannotRead", name), e);
            }
        }).notCancellable().onSuccess(result -> show(name, result)).onFailure(error -> {
            clear();
            message.set(error instanceof InvalidInputException ? error.getMessage() : tr("outline.dialog.failed"));
        }));
    }

    private void show(String name, OutlineDraft result) {
        outlineName.set(name);
        draft = result;
        jsonName = name.replaceFirst("\\.[^.]*$", "") + ".json";
        if (result.isDrafted()) {
            preview.set(CharterText.plainText(new StoredCharter(result.charter().orElseThrow(), result.jsonText(),
                    CharterReader.sha256(result.jsonText()), Instant.EPOCH)));
            notes.setAll(result.defaultsUsed());
            message.set(tr("outline.dialog.drafted", result.charter().orElseThrow().reference()));
            canImport.set(true);
        } else {
            preview.set("");
            notes.setAll(result.problems().stream().map(OutlineDraft.Problem::toString).toList());
            message.set(tr("outline.dialog.problems", result.problems().size()));
            canImport.set(false);
        }
    }

    private void clear() {
        draft = null;
        preview.set("");
        notes.clear();
        canImport.set(false);
    }

    /** Imports the drafted charter into the library, as an import of its file would. */
    public void importDraft() {
        if (draft == null || !draft.isDrafted()) {
            return;
        }
        CharterSource source = new CharterSource(jsonName, draft.jsonText().getBytes(StandardCharsets.UTF_8));
        canImport.set(false);
        tasks.execute(BackgroundTask.of(tr("charters.task.importing"),
                monitor -> library.importSources(List.of(source), monitor)).notCancellable()
                .onSuccess(this::imported)
                .onFailure(error -> {
                    canImport.set(true);
                    dialogs.showError(tr("charters.import.failed.title"), tr("charters.import.unexpected"));
                }));
    }

    private void imported(CharterImportResult result) {
        if (!result.succeeded()) {
            canImport.set(true);
            dialogs.showErrorList(tr("charters.import.failed.title"),
                    tr("charters.import.failed.message", result.problems().size()),
                    result.problems().stream().map(CharterProblem::toString).toList());
            return;
        }
        CharterImportResult.Outcome outcome = result.outcomes().get(0);
        message.set(tr(outcome.status() == CharterImportResult.Status.IMPORTED ? "outline.dialog.imported"
                : "outline.dialog.unchanged", outcome.reference()));
        libraryChanged.run();
    }
}
