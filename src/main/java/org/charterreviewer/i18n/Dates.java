package org.charterreviewer.i18n;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the app writes a date for an officer to read: "3 December 2026", and with a time
 * "3 December 2026, 14:05". Screens, dialogs and messages all use it, so a date never looks two ways.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.UK);

    private Dates() {
    }

    /** "3 December 2026"; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "3 December 2026", the day in the computer's time zone; empty for no time. */
    public static String day(java.time.Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "3 December 2026, 14:05" in the computer's time zone; empty for no time. */
    public static String dayAndTime(java.time.Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** "3 December 2026, 14:05" as the time stands; empty for no time. */
    public static String dayAndTime(ZonedDateTime time) {
        return time == null ? "" : DAY_AND_TIME.format(time);
    }

    /** The day formatter itself, for a date picker that must also read back what it shows. */
    public static DateTimeFormatter dayFormat() {
        return DAY;
    }
}
