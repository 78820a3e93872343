package org.charterreviewer.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/**
 * Dates as an English officer writes them, in one place for every form: shown as "9 Mar 2026";
 * typed as 9/3/2026, 09/03/2026, 09-03-2026, 9 Mar 2026, 9 March 2026 or 2026-03-09 (day before
 * month, never the American way). Text that is no date gives null, which the forms report in
 * plain words.
 */
public final class UkDateConverter extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            typed("d/M/uuuu"), typed("d-M-uuuu"), typed("d.M.uuuu"), typed("d MMM uuuu"), typed("d MMMM uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static DateTimeFormatter typed(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date as shown everywhere in the window, "1 Mar 2028"; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** The date written in {@code text}, read the UK way; empty when it is blank or no date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // Java's UK short name for September is "Sept"; officers write "Sep" as often.
        String typed = text.strip().replaceAll("\\s+", " ").replaceAll("(?i)\\bsep\\b", "Sept");
        for (DateTimeFormatter format : TYPED) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString(LocalDate date) {
        return format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return parse(text).orElse(null);
    }
}
