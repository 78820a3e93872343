package org.charterreviewer.ui.schools;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.SchoolDraft;

/**
 * The school screen's own dialogs (the school form, the import options) answering with the replies
 * the test sets, remembering what they were asked. Plain dialogs go to testing.RecordingDialogService.
 */
final class FakeSchoolDialogs implements SchoolDialogs {

    final List<String> asked = new CopyOnWriteArrayList<>();
    GiasImportOptions importOptions = GiasImportOptions.all();
    SchoolDraft draftToReturn;

    @Override
    public Optional<SchoolDraft> editSchool(String title, SchoolDraft initial) {
        asked.add("edit: " + title);
        return Optional.ofNullable(draftToReturn);
    }

    @Override
    public Optional<GiasImportOptions> askImportOptions(String fileName) {
        asked.add("options: " + fileName);
        return Optional.ofNullable(importOptions);
    }
}
