package org.charterreviewer.team;

import java.time.Instant;
import java.util.UUID;

/** An audit entry of a pushed review, named by the SHA-256 of what it says so it is sent once. */
public record CouncilAuditEntry(String entrySha256, UUID reviewId, Instant occurredAt, String actor, String event,
        String detail) {
}
