package org.charterreviewer.ui.reviews;

import org.charterreviewer.i18n.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates as an English officer writes them: shown as "9 Mar 2026"; typed as 9/3/2026, 09-03-2026,
 * 9 Mar 2026 or 2026-03-09. Text that is no date gives null, which the forms report in plain words.
 */
final class UkDateConverter extends StringConverter<LocalDate> {

    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    @Override
    public String toString(LocalDate date) {
        return Dates.day(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
