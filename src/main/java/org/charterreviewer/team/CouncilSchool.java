package org.charterreviewer.team;

import org.charterreviewer.school.SchoolDraft;

/**
 * One school of the council's register by URN, or, when {@code erased}, the mark that an
 * administrator erased it (every laptop erases it at its next sync).
 */
public record CouncilSchool(SchoolDraft school, boolean erased, long changeNo) {
}
