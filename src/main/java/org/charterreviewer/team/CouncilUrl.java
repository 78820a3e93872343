package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Locale;
import java.util.Set;
import org.charterreviewer.InvalidInputException;

/**
 * The council database's JDBC URL as the officer typed it, checked, and with TLS settled: an
 * {@code sslmode} in the URL is kept (so {@code require} or {@code verify-full} is enforced by the
 * driver); without one the connection uses TLS whenever the server offers it ({@code prefer}).
 */
public final class CouncilUrl {

    static final String PREFIX = "jdbc:postgresql://";
    private static final Set<String> MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    private CouncilUrl() {
    }

    /** The URL to connect with, or a plain message saying what is wrong with {@code typed}. */
    public static String settle(String typed) {
        String url = typed == null ? "" : typed.strip();
        if (!url.startsWith(PREFIX) || url.length() == PREFIX.length() || url.indexOf('/', PREFIX.length()) < 0) {
            throw new InvalidInputException(tr("team.error.badUrl", url));
        }
        String mode = sslMode(url);
        if (mode == null) {
            return url + (url.contains("?") ? "&" : "?") + "sslmode=prefer";
        }
        if (!MODES.contains(mode)) {
            throw new InvalidInputException(tr("team.error.badSslMode", mode));
        }
        return url;
    }

    /** The {@code sslmode} parameter of {@code url}, lower-cased, or null when it has none. */
    public static String sslMode(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).equalsIgnoreCase("sslmode")) {
                return parameter.substring(equals + 1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
