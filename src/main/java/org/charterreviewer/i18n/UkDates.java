package org.charterreviewer.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as an English officer writes them, read the same way by the window and the command line:
 * 1/3/2028, 01/03/2028, 1-3-2028, 1.3.2028, 1 Mar 2028, 1 March 2028 (any case), and ISO 2028-03-01.
 * Day first, never month first, so 1/3/2028 is the first of March; 31/2/2028 is no date.
 */
public final class UkDates {

    private static final List<DateTimeFormatter> TYPED = List.of(
            typed("d/M/uuuu"), typed("d-M-uuuu"), typed("d.M.uuuu"), typed("d MMM uuuu"), typed("d MMMM uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private UkDates() {
    }

    private static DateTimeFormatter typed(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date {@code text} means, or empty when it is blank or no date written in one of the ways above. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Java's UK short name for September is "Sept"; officers write "Sep" as often.
        String tidy = text.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\bsep\\b", "Sept");
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDate.parse(tidy, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
