package org.charterreviewer.ui.schools;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;

/**
 * The school screen's own dialogs (the school form, the import options) answering with the replies
 * the test sets, remembering what they were asked. Plain dialogs go to testing.RecordingDialogService.
 */
final class FakeSchoolDialogs implements SchoolDialogs {

    final List<String> asked = new CopyOnWriteArrayList<>();
    GiasImportOptions importOptions = GiasImportOptions.all();
    SchoolDraft draftToReturn;
    /** Answers to the school form, one per showing, before {@link #draftToReturn}. */
    final Deque<SchoolDraft> draftsToReturn = new ArrayDeque<>();
    /** Each showing of the school form: what it was filled with and the problems beside its fields. */
    final List<Form> forms = new CopyOnWriteArrayList<>();

    record Form(SchoolDraft initial, Map<SchoolField, String> problems) {
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial) {
        return editSchool(title, initial, Map.of());
    }

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial, Map<SchoolField, String> problems) {
        asked.add("edit: " + title);
        forms.add(new Form(initial, problems));
        return Optional.ofNullable(draftsToReturn.isEmpty() ? draftToReturn : draftsToReturn.poll());
    }

    @Override
    public Optional<GiasImportOptions> askImportOptions(String fileName) {
        asked.add("options: " + fileName);
        return Optional.ofNullable(importOptions);
    }
}
