package org.charterreviewer.certificate;

import org.charterreviewer.InvalidInputException;

/** The timestamp server could not be reached or gave no usable token; the message says so plainly. */
public final class TimestampUnavailableException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TimestampUnavailableException(String message) {
        super(message);
    }
}
