package org.charterreviewer.audit.store;

import org.charterreviewer.audit.AuditEntry;
import static org.charterreviewer.storage.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Transaction;
import org.jooq.DSLContext;

/** The append-only audit log. There is deliberately no way to change or remove an entry. */
public final class AuditLogStore {

    private final Clock clock;

    public AuditLogStore(Clock clock) {
        this.clock = clock;
    }

    /** Appends within the caller's transaction, so the entry and the change land together. */
    public void append(DSLContext tx, String actor, String event, String entityType, String entityId, String detail) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, Instant.now(clock).atOffset(ZoneOffset.UTC))
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.EVENT, event)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail)
                .execute();
    }

    /** As {@link #append(DSLContext, String, String, String, String, String)}, in a {@link Transaction}. */
    public void append(Transaction tx, String actor, String event, String entityType, String entityId, String detail) {
        append(JooqTransactions.dsl(tx), actor, event, entityType, entityId, detail);
    }

    public List<AuditEntry> entriesFor(DSLContext dsl, String entityType, String entityId) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq(entityType).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.AUDIT_ID)
                .fetch(r -> new AuditEntry(r.getOccurredAt().toInstant(), r.getActor(), r.getEvent(),
                        r.getEntityType(), r.getEntityId(), r.getDetail()));
    }
}
