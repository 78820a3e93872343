package org.charterreviewer.review;

/**
 * Makes text safe to put in a CSV cell that Excel or LibreOffice will open. A cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is run as a formula (a school
 * named {@code =HYPERLINK(...)} would become a link); as OWASP recommends, such a cell gets a leading
 * single quote, and every cell is quoted by the CSV writer.
 */
public final class FormulaSafeCell {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaSafeCell() {
    }

    /** The text to write in the cell: unchanged, or with a single quote before a formula trigger. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
