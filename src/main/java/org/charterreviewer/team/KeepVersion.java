package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Locale;
import org.charterreviewer.InvalidInputException;

/** Which version of a conflicting revision a person keeps. */
public enum KeepVersion {
    /** This laptop's version stands; the other officer's stays on the server as it is. */
    MINE,
    /** The other officer's version becomes this review's next revision. */
    THEIRS;

    /** "mine" or "theirs", as typed on the command line; a plain message for anything else. */
    public static KeepVersion parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(tr("team.resolve.badKeep", text));
        }
    }
}
