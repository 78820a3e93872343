package org.charterreviewer.i18n;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and sizes are written for people, in one place, so the window, the command line's
 * messages and the PDFs say "3 Mar 2026" and "3.4 MB" alike. Dates are always read and written
 * the UK way.
 */
public final class Formats {

    /** "3 Mar 2026": lists, fields and dialogs. */
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    /** "3 March 2026": certificates, reports and verification results. */
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Formats() {
    }

    /** A size as people read it: "850 bytes", "12 KB", "3.4 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return tr("report.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return tr("report.size.kb", bytes / 1024);
        }
        return tr("report.size.mb", String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
