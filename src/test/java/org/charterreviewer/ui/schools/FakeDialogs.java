package org.charterreviewer.ui.schools;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.ui.common.DialogService;

/** Dialogs that answer from fixed replies and remember what they were asked to show. */
final class FakeDialogs implements DialogService, SchoolDialogs {

    final List<String> shown = new CopyOnWriteArrayList<>();
    final List<String> problemLists = new CopyOnWriteArrayList<>();
    Path fileToOpen;
    GiasImportOptions importOptions = GiasImportOptions.all();
    SchoolDraft draftToReturn;
    /** Answers to the school form, one per showing, before {@link #draftToReturn}. */
    final Deque<SchoolDraft> draftsToReturn = new ArrayDeque<>();
    /** Each showing of the school form: what it was filled with and the problems beside its fields. */
    final List<Form> forms = new CopyOnWriteArrayList<>();

    record Form(SchoolDraft initial, Map<SchoolField, String> problems) {
    }
    boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showErrorList(String title, String message, List<String> details) {
        shown.add("list: " + title + ": " + message);
        problemLists.addAll(details);
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add("info: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add("confirm: " + title);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, String... patterns) {
        return fileToOpen == null ? List.of() : new ArrayList<>(List.of(fileToOpen));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription,
            String... patterns) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void openInSystemViewer(Path file) {
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial) {
        return editSchool(title, initial, Map.of());
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial, Map<SchoolField, String> problems) {
        shown.add("edit: " + title);
        forms.add(new Form(initial, problems));
        return Optional.ofNullable(draftsToReturn.isEmpty() ? draftToReturn : draftsToReturn.poll());
    }

    @Override
    public Optional<GiasImportOptions> askImportOptions(String fileName) {
        shown.add("options: " + fileName);
        return Optional.ofNullable(importOptions);
    }
}
