package org.charterreviewer.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the app writes a date for an officer to read: in full, "3 December 2026" (certificates,
 * reports, lists and messages), short, "3 Dec 2026" (form fields an officer types into), and with a time
 * "3 December 2026, 14:05". Screens, dialogs, the command line and the PDFs all use it, so a date never
 * looks two ways. Reading what an officer typed is {@link UkDates}' part.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK);

    private Dates() {
    }

    /** "3 December 2026"; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "3 December 2026", the day in the computer's time zone; empty for no time. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "3 Dec 2026", as a date field shows it and an officer may type it back; empty for no date. */
    public static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    /** "3 December 2026, 14:05" in the computer's time zone; empty for no time. */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "3 December 2026, 14:05" as the time stands; empty for no time. */
    public static String dayAndTime(ZonedDateTime time) {
        return time == null ? "" : DAY_AND_TIME.format(time);
    }

    /** "3 Dec 2026 14:05" in the computer's time zone, where room is short; empty for no time. */
    public static String shortDayAndTime(Instant instant) {
        return instant == null ? "" : SHORT_DAY_AND_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** The day formatter itself, for a date picker that must also read back what it shows. */
    public static DateTimeFormatter dayFormat() {
        return DAY;
    }
}
