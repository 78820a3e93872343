package org.charterreviewer;

/**
 * Input the user gave us that we cannot use. Its message is written for the user, in plain words,
 * and is shown as it is: on the command line it means exit code 1.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
