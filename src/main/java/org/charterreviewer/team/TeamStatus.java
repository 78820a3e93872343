package org.charterreviewer.team;

import java.time.Instant;
import java.util.List;

/**
 * Whether this laptop is connected to a council database and how it stands: the server and role
 * (never the password), the last sync, the conflicts waiting for a person, and the reviews waiting
 * for moderation as this laptop last heard: other officers' for this one to moderate, and its own.
 */
public record TeamStatus(boolean connected, String url, String user, Instant lastSync, List<Conflict> conflicts,
        int toModerate, int ownAwaitingModeration) {

    public static TeamStatus notConnected(List<Conflict> conflicts, int toModerate, int ownAwaitingModeration) {
        return new TeamStatus(false, null, null, null, conflicts, toModerate, ownAwaitingModeration);
    }
}
