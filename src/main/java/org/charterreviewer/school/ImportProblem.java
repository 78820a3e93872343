package org.charterreviewer.school;

/** A row of an import file that could not be read: its line number (1 is the header) and why. */
public record ImportProblem(long line, String reason) {

    @Override
    public String toString() {
        return org.charterreviewer.i18n.Messages.tr("school.import.problemLine", line, reason);
    }
}
