package org.charterreviewer.ui.schools;

import java.util.Map;
import java.util.Optional;
import org.charterreviewer.school.GiasImportOptions;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;

/** The schools screen's own dialogs, behind an interface so the view model tests without a window. */
public interface SchoolDialogs {

    /** Shows the add/edit form filled with {@code initial}; the checked draft, or empty if cancelled. */
    Optional<SchoolDraft> editSchool(String title, SchoolDraft initial);

    /** The form again, as the officer left it, with a message beside each field the register refused. */
    default Optional<SchoolDraft> editSchool(String title, SchoolDraft initial, Map<SchoolField, String> problems) {
        return editSchool(title, initial);
    }

    /** Asks which local authorities to import and whether closed schools too; empty if cancelled. */
    Optional<GiasImportOptions> askImportOptions(String fileName);
}
