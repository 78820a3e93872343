package org.charterreviewer.moderation;

import java.util.Locale;

/** Where a finalised review revision is in moderation. A revision without a row is not submitted. */
public enum ModerationState {
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** As stored and as written in a decision file: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModerationState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean decided() {
        return this != SUBMITTED;
    }
}
