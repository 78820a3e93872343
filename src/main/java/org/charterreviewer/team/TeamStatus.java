package org.charterreviewer.team;

import java.time.Instant;
import java.util.List;

/**
 * Whether this laptop is connected to a council database and how it stands: the server and role
 * (never the password), the last sync, and the conflicts waiting for a person.
 */
public record TeamStatus(boolean connected, String url, String user, Instant lastSync, List<Conflict> conflicts) {

    public static TeamStatus notConnected(List<Conflict> conflicts) {
        return new TeamStatus(false, null, null, null, conflicts);
    }
}
