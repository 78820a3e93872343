package org.charterreviewer.i18n;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Locale;

/**
 * How sizes are written for people, in one place, so the window, the command line's messages and the
 * PDFs say "3.4 MB" alike. Dates are {@link Dates}' part.
 */
public final class Sizes {

    private Sizes() {
    }

    /** A size as people read it: "850 bytes", "12 KB", "3.4 MB". */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return tr("report.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return tr("report.size.kb", bytes / 1024);
        }
        return tr("report.size.mb", String.format(Locale.UK, "%.1f", bytes / (1024.0 * 1024.0)));
    }
}
