package org.charterreviewer.bundle.store;

import static org.charterreviewer.storage.jooq.Tables.BUNDLE_ATTACHMENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;

/**
 * The {@code bundle_attachment} table: the certificate and report PDFs that came inside an imported
 * bundle, one of each kind per review revision, kept so that the revision's next bundle carries them.
 */
public final class BundleAttachmentStore {

    /** Roles as the bundle manifest names them. */
    public static final String CERTIFICATE = "certificate";
    public static final String REPORT = "report";

    /** One stored attachment; {@code fromRedacted} when it arrived in a redacted bundle. */
    public record Row(UUID reviewId, int revision, String role, String sha256, byte[] content, boolean fromRedacted) {
    }

    /** The attachments kept for one revision, read in the caller's unit of work. */
    public List<Row> find(Tx tx, UUID reviewId, int revision) {
        return find(JooqTransactions.dsl(tx), reviewId, revision);
    }

    public List<Row> find(DSLContext dsl, UUID reviewId, int revision) {
        return dsl.selectFrom(BUNDLE_ATTACHMENT)
                .where(BUNDLE_ATTACHMENT.REVIEW_ID.eq(reviewId).and(BUNDLE_ATTACHMENT.REVISION.eq(revision)))
                .orderBy(BUNDLE_ATTACHMENT.ROLE)
                .fetch(r -> new Row(r.getReviewId(), r.getRevision(), r.getRole(), r.getSha256(), r.getContent(),
                        r.getFromRedacted()));
    }

    /**
     * Keeps {@code row} unless the revision already has an attachment of that role (the first one kept
     * stays: importing a bundle again changes nothing). True when it was added.
     */
    public boolean insertIfAbsent(org.charterreviewer.storage.Tx tx, Row row, Instant now) {
        return insertIfAbsent(org.charterreviewer.storage.JooqTransactions.dsl(tx), row, now);
    }

    /** As {@link #insertIfAbsent(org.charterreviewer.storage.Tx, Row, Instant)}, for a jOOQ context. */
    public boolean insertIfAbsent(DSLContext tx, Row row, Instant now) {
        boolean present = tx.fetchExists(BUNDLE_ATTACHMENT, BUNDLE_ATTACHMENT.REVIEW_ID.eq(row.reviewId())
                .and(BUNDLE_ATTACHMENT.REVISION.eq(row.revision())).and(BUNDLE_ATTACHMENT.ROLE.eq(row.role())));
        if (present) {
            return false;
        }
        tx.insertInto(BUNDLE_ATTACHMENT)
                .set(BUNDLE_ATTACHMENT.REVIEW_ID, row.reviewId())
                .set(BUNDLE_ATTACHMENT.REVISION, row.revision())
                .set(BUNDLE_ATTACHMENT.ROLE, row.role())
                .set(BUNDLE_ATTACHMENT.SHA256, row.sha256())
                .set(BUNDLE_ATTACHMENT.SIZE_BYTES, (long) row.content().length)
                .set(BUNDLE_ATTACHMENT.CONTENT, row.content())
                .set(BUNDLE_ATTACHMENT.FROM_REDACTED, row.fromRedacted())
                .set(BUNDLE_ATTACHMENT.IMPORTED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
        return true;
    }
}
