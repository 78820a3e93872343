package org.charterreviewer.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which record, and when. The detail names records by
 * id and says what kind of change it was; it never repeats what children or families said.
 */
public record AuditEntry(Instant occurredAt, String actor, String event, String entityType, String entityId,
        String detail) {
}
