package org.charterreviewer.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as an English officer writes them, read the same way by the window and the command line:
 * 1/3/2028, 01/03/2028, 1-3-2028, 1.3.2028, 1 Mar 2028, 1 March 2028, and ISO 2028-03-01. Day
 * first, never month first, so 1/3/2028 is the first of March.
 */
public final class UkDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private UkDates() {
    }

    /** The date {@code text} means, or empty when it is blank or no date written in one of the ways above. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String tidy = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDate.parse(tidy, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** A date as shown to officers: "1 Mar 2028". */
    public static String format(LocalDate date) {
        return SHOWN.format(date);
    }
}
