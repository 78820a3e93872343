package org.charterreviewer.team;

import org.charterreviewer.InvalidInputException;

/**
 * The council database could not be used: unreachable, login refused, an older or newer schema,
 * a dropped connection. The message is written for the officer; nothing stored was changed by the
 * step that failed (a sync keeps every review it finished before).
 */
public final class TeamProblem extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public TeamProblem(String message) {
        super(message);
    }

    public TeamProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
