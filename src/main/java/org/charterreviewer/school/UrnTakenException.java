package org.charterreviewer.school;

import org.charterreviewer.InvalidInputException;

/** A URN the register already gives to another school; the window shows it beside the URN field. */
public final class UrnTakenException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public UrnTakenException(String message) {
        super(message);
    }
}
