package org.charterreviewer.charter;

import java.util.Comparator;

/**
 * One thing wrong with a charter file, with where it is. Printed as {@code FILE:LINE:COLUMN: message},
 * the form editors and terminals recognise; the message names the JSON path where that helps.
 *
 * @param jsonPath the field concerned ("sections[1].items[0].text"), empty for the file as a whole
 */
public record CharterProblem(String file, int line, int column, String jsonPath, String message) {

    static final Comparator<CharterProblem> IN_FILE_ORDER = Comparator.comparingInt(CharterProblem::line)
            .thenComparingInt(CharterProblem::column);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
