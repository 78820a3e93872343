package org.charterreviewer.moderation.store;

import static org.charterreviewer.storage.jooq.Tables.MODERATION;
import static org.charterreviewer.storage.jooq.Tables.MODERATION_COMMENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.moderation.ModerationComment;
import org.charterreviewer.moderation.ModerationState;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.jooq.tables.records.ModerationRecord;
import org.jooq.DSLContext;

/**
 * The {@code moderation} and {@code moderation_comment} tables: one row per review revision, keyed
 * by review id and revision so a council database can take the same rows.
 */
public final class ModerationStore {

    private static final String HERE = "here";
    private static final String FILE = "file";

    /** The audit entry written in the same transaction as a change. */
    public record AuditLine(String actor, String event, String entityType, String entityId, String detail) {
    }

    private final Database database;
    private final AuditLogStore audit;

    public ModerationStore(Database database, AuditLogStore audit) {
        this.database = database;
        this.audit = audit;
    }

    public Optional<Moderation> find(UUID reviewId, int revision) {
        return find(database.dsl(), reviewId, revision);
    }

    public List<Moderation> forReview(UUID reviewId) {
        return forReview(database.dsl(), reviewId);
    }

    /** Every revision submitted and not yet decided, oldest submission first. */
    public List<Moderation> undecided() {
        DSLContext dsl = database.dsl();
        return dsl.selectFrom(MODERATION).where(MODERATION.STATE.eq(ModerationState.SUBMITTED.code()))
                .orderBy(MODERATION.SUBMITTED_AT, MODERATION.REVIEW_ID, MODERATION.REVISION)
                .fetch(row -> toModeration(dsl, row));
    }

    /** The decisions made in this install after {@code after}, oldest first. */
    public List<Moderation> decidedHereAfter(Instant after) {
        DSLContext dsl = database.dsl();
        return dsl.selectFrom(MODERATION).where(MODERATION.DECISION_SOURCE.eq(HERE))
                .and(MODERATION.DECIDED_AT.gt(utc(after)))
                .orderBy(MODERATION.DECIDED_AT).fetch(row -> toModeration(dsl, row));
    }

    /** Records a submission with its audit line, in one transaction. */
    public void submit(UUID reviewId, int revision, String contentSha256, String by, String fingerprint, Instant at,
            AuditLine line) {
        database.dsl().transaction(cfg -> {
            submit(cfg.dsl(), reviewId, revision, contentSha256, by, fingerprint, at);
            append(cfg.dsl(), line);
        });
    }

    /** Records a decision with its audit line, in one transaction. */
    public void decide(Moderation decision, AuditLine line) {
        database.dsl().transaction(cfg -> {
            decide(cfg.dsl(), decision);
            append(cfg.dsl(), line);
        });
    }

    /** Changes an app setting with its audit line, in one transaction. */
    public void setSetting(String key, String value, AuditLine line) {
        database.dsl().transaction(cfg -> {
            AppSettingStore.set(cfg.dsl(), key, value);
            append(cfg.dsl(), line);
        });
    }

    private void append(DSLContext tx, AuditLine line) {
        audit.append(tx, line.actor(), line.event(), line.entityType(), line.entityId(), line.detail());
    }

    private Optional<Moderation> find(DSLContext dsl, UUID reviewId, int revision) {
        return Optional.ofNullable(dsl.selectFrom(MODERATION)
                .where(MODERATION.REVIEW_ID.eq(reviewId).and(MODERATION.REVISION.eq(revision)))
                .fetchOne()).map(row -> toModeration(dsl, row));
    }

    /** Every moderated revision of a review, oldest revision first. */
    private List<Moderation> forReview(DSLContext dsl, UUID reviewId) {
        return dsl.selectFrom(MODERATION).where(MODERATION.REVIEW_ID.eq(reviewId)).orderBy(MODERATION.REVISION)
                .fetch(row -> toModeration(dsl, row));
    }

    /** Records a submission, replacing an earlier undecided one of the same revision. */
    private void submit(DSLContext tx, UUID reviewId, int revision, String contentSha256, String by, String fingerprint,
            Instant at) {
        tx.deleteFrom(MODERATION).where(MODERATION.REVIEW_ID.eq(reviewId).and(MODERATION.REVISION.eq(revision)))
                .execute();
        tx.insertInto(MODERATION)
                .set(MODERATION.REVIEW_ID, reviewId)
                .set(MODERATION.REVISION, revision)
                .set(MODERATION.STATE, ModerationState.SUBMITTED.code())
                .set(MODERATION.CONTENT_SHA256, contentSha256)
                .set(MODERATION.SUBMITTED_BY, by)
                .set(MODERATION.SUBMITTED_FINGERPRINT, fingerprint)
                .set(MODERATION.SUBMITTED_AT, utc(at))
                .execute();
    }

    /**
     * Records a decision with its comments on a revision, keeping what is known of its submission
     * (a revision that arrived by bundle gets its row now).
     */
    private void decide(DSLContext tx, Moderation decision) {
        Optional<Moderation> before = find(tx, decision.reviewId(), decision.revision());
        tx.deleteFrom(MODERATION_COMMENT).where(MODERATION_COMMENT.REVIEW_ID.eq(decision.reviewId())
                .and(MODERATION_COMMENT.REVISION.eq(decision.revision()))).execute();
        tx.deleteFrom(MODERATION).where(MODERATION.REVIEW_ID.eq(decision.reviewId())
                .and(MODERATION.REVISION.eq(decision.revision()))).execute();
        tx.insertInto(MODERATION)
                .set(MODERATION.REVIEW_ID, decision.reviewId())
                .set(MODERATION.REVISION, decision.revision())
                .set(MODERATION.STATE, decision.state().code())
                .set(MODERATION.CONTENT_SHA256, decision.contentSha256())
                .set(MODERATION.SUBMITTED_BY, before.map(Moderation::submittedBy).orElse(null))
                .set(MODERATION.SUBMITTED_FINGERPRINT, before.map(Moderation::submittedFingerprint).orElse(null))
                .set(MODERATION.SUBMITTED_AT, before.map(Moderation::submittedAt).map(ModerationStore::utc).orElse(null))
                .set(MODERATION.DECIDED_BY, decision.decidedBy())
                .set(MODERATION.DECIDED_ROLE, decision.decidedRole())
                .set(MODERATION.DECIDED_FINGERPRINT, decision.decidedFingerprint())
                .set(MODERATION.DECIDED_AT, utc(decision.decidedAt()))
                .set(MODERATION.DECISION_SOURCE, decision.fromFile() ? FILE : HERE)
                .execute();
        int number = 0;
        for (ModerationComment comment : decision.comments()) {
            tx.insertInto(MODERATION_COMMENT)
                    .set(MODERATION_COMMENT.REVIEW_ID, decision.reviewId())
                    .set(MODERATION_COMMENT.REVISION, decision.revision())
                    .set(MODERATION_COMMENT.COMMENT_NO, ++number)
                    .set(MODERATION_COMMENT.ITEM_ID, comment.itemId())
                    .set(MODERATION_COMMENT.BODY, comment.text())
                    .set(MODERATION_COMMENT.WRITTEN_BY, decision.decidedBy())
                    .set(MODERATION_COMMENT.WRITTEN_AT, utc(decision.decidedAt()))
                    .execute();
        }
    }

    private static Moderation toModeration(DSLContext dsl, ModerationRecord row) {
        List<ModerationComment> comments = dsl.selectFrom(MODERATION_COMMENT)
                .where(MODERATION_COMMENT.REVIEW_ID.eq(row.getReviewId())
                        .and(MODERATION_COMMENT.REVISION.eq(row.getRevision())))
                .orderBy(MODERATION_COMMENT.COMMENT_NO)
                .fetch(c -> new ModerationComment(c.getItemId(), c.getBody()));
        return new Moderation(row.getReviewId(), row.getRevision(), ModerationState.ofCode(row.getState()),
                row.getContentSha256(), row.getSubmittedBy(), row.getSubmittedFingerprint(), instant(row.getSubmittedAt()),
                row.getDecidedBy(), row.getDecidedRole(), row.getDecidedFingerprint(), instant(row.getDecidedAt()),
                FILE.equals(row.getDecisionSource()), comments);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
