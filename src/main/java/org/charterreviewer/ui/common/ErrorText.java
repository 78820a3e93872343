package org.charterreviewer.ui.common;

import static org.charterreviewer.i18n.Messages.tr;

import org.charterreviewer.InvalidInputException;

/**
 * What an officer reads when work fails: the plain words of a refusal ({@link InvalidInputException}),
 * else the screen's own general sentence; never an exception's own text, which is for the log.
 */
public final class ErrorText {

    private ErrorText() {
    }

    /** The refusal's message, or the text of {@code unexpectedKey} for any other failure. */
    public static String of(Throwable error, String unexpectedKey) {
        return error instanceof InvalidInputException ? error.getMessage() : tr(unexpectedKey);
    }
}
