package org.charterreviewer.review;

import java.util.Objects;

/**
 * Who took part, by role or group ("Head teacher", "Pupils’ council, Year 5 and 6"). Never a child’s
 * name: the description says who in general terms.
 */
public record Participant(String role, String description) {

    public Participant {
        Objects.requireNonNull(role);
    }
}
