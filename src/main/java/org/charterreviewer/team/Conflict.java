package org.charterreviewer.team;

import java.time.Instant;
import java.util.UUID;

/**
 * The same review revision finalised with different content on two laptops. This laptop's version
 * stays in its reviews; the other officer's is kept whole beside it, for a person to resolve.
 */
public record Conflict(UUID reviewId, int revision, String localSha256, String otherSha256, String otherOfficer,
        Instant foundAt) {
}
