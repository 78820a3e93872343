package org.charterreviewer.certificate;

import java.util.Optional;
import org.charterreviewer.storage.AppSettingStore;

/**
 * Which timestamp server, if any, signatures made here ask for a trusted time: the council's
 * setting, or for one command the server named on its command line. Without one, certificates are
 * signed as before (PAdES B-B) and can be extended later.
 */
public final class TrustedTime {

    static final String SETTING_KEY = "council.timestamp-server";

    private final AppSettingStore settings;
    private volatile TimestampAuthority forThisRun;

    public TrustedTime(AppSettingStore settings) {
        this.settings = settings;
    }

    /** The server signatures use now, if there is one. */
    public Optional<TimestampAuthority> authority() {
        TimestampAuthority chosen = forThisRun;
        if (chosen != null) {
            return Optional.of(chosen);
        }
        return councilServer().map(TimestampAuthority::at);
    }

    /** The address kept in the council setting, if any. */
    public Optional<String> councilServer() {
        return settings.find(SETTING_KEY).filter(url -> !url.isBlank());
    }

    /** Keeps {@code url} as the council's timestamp server (checked first); empty clears it. */
    public void setCouncilServer(Optional<String> url) {
        url.ifPresent(TimestampAuthority::at);
        settings.set(SETTING_KEY, url.map(String::trim).orElse(null));
    }

    /** Uses {@code url} instead of the council setting for the rest of this run (a command-line option). */
    public void useForThisRun(String url) {
        forThisRun = TimestampAuthority.at(url);
    }
}
