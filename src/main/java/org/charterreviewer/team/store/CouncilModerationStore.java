package org.charterreviewer.team.store;

import static org.charterreviewer.team.store.CouncilStore.CHANGE_NO;
import static org.charterreviewer.team.store.CouncilStore.CONTENT_SHA;
import static org.charterreviewer.team.store.CouncilStore.OFFICER;
import static org.charterreviewer.team.store.CouncilStore.REVIEW_ID;
import static org.charterreviewer.team.store.CouncilStore.REVISION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.charterreviewer.moderation.Moderation;
import org.charterreviewer.moderation.ModerationComment;
import org.charterreviewer.moderation.ModerationState;
import org.charterreviewer.team.CouncilModeration;
import org.charterreviewer.team.TeamProblem;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The council database's moderation tables (db/council V2): submissions, decisions and their
 * comments. Written in order under the same advisory lock as reviews; read by change number.
 */
public final class CouncilModerationStore {

    /** What became of a decision sent to the council database. */
    public enum DecisionSent {
        ADDED,
        /** The same decision was there already (sent before a dropped connection, say). */
        ALREADY_THERE,
        /** Another moderator decided that revision first; theirs stands. */
        DECIDED_BY_ANOTHER,
        /** The revision was never submitted through the council database (moderated by bundle). */
        NOT_SUBMITTED_THERE,
        /** The server refused it: the moderator pushed or submitted that review themselves. */
        REFUSED_OWN_REVIEW
    }

    static final Table<Record> SUBMISSION = table(unquotedName("council_submission"));
    static final Table<Record> DECISION = table(unquotedName("council_decision"));
    static final Table<Record> COMMENT = table(unquotedName("council_decision_comment"));
    static final Field<String> SUBMITTED_BY = field(unquotedName("submitted_by"), SQLDataType.VARCHAR);
    static final Field<String> SUBMITTED_FINGERPRINT = field(unquotedName("submitted_fingerprint"), SQLDataType.VARCHAR);
    static final Field<OffsetDateTime> SUBMITTED_AT = field(unquotedName("submitted_at"),
            SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> STATE = field(unquotedName("state"), SQLDataType.VARCHAR);
    static final Field<String> DECIDED_BY = field(unquotedName("decided_by"), SQLDataType.VARCHAR);
    static final Field<String> DECIDED_ROLE = field(unquotedName("decided_role"), SQLDataType.VARCHAR);
    static final Field<String> DECIDED_FINGERPRINT = field(unquotedName("decided_fingerprint"), SQLDataType.VARCHAR);
    static final Field<OffsetDateTime> DECIDED_AT = field(unquotedName("decided_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<Integer> COMMENT_NO = field(unquotedName("comment_no"), SQLDataType.INTEGER);
    static final Field<String> ITEM_ID = field(unquotedName("item_id"), SQLDataType.VARCHAR);
    static final Field<String> BODY = field(unquotedName("body"), SQLDataType.VARCHAR);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final CouncilDatabase database;

    CouncilModerationStore(CouncilDatabase database) {
        this.database = database;
    }

    /** Adds a submission; false when that revision was submitted there already. */
    public boolean pushSubmission(Moderation submission) {
        return database.transaction(tx -> {
            CouncilStore.lockWrites(tx);
            return tx.insertInto(SUBMISSION).set(REVIEW_ID, submission.reviewId()).set(REVISION, submission.revision())
                    .set(CONTENT_SHA, submission.contentSha256()).set(SUBMITTED_BY, submission.submittedBy())
                    .set(SUBMITTED_FINGERPRINT, submission.submittedFingerprint())
                    .set(SUBMITTED_AT, utc(submission.submittedAt())).set(CHANGE_NO, CouncilStore.nextChange())
                    .onConflictDoNothing().execute() > 0;
        });
    }

    /** Adds a decision with its comments in one transaction, unless the server says why not. */
    public DecisionSent pushDecision(Moderation decision) {
        try {
            return database.transaction(tx -> {
                CouncilStore.lockWrites(tx);
                boolean submitted = tx.fetchExists(tx.selectOne().from(SUBMISSION).where(key(decision))
                        .and(CONTENT_SHA.eq(decision.contentSha256())));
                if (!submitted) {
                    return DecisionSent.NOT_SUBMITTED_THERE;
                }
                Record there = tx.select(STATE, DECIDED_FINGERPRINT, DECIDED_AT).from(DECISION).where(key(decision))
                        .fetchOne();
                if (there != null) {
                    boolean same = decision.state().code().equals(there.get(STATE))
                            && decision.decidedAt().equals(there.get(DECIDED_AT).toInstant());
                    return same ? DecisionSent.ALREADY_THERE : DecisionSent.DECIDED_BY_ANOTHER;
                }
                tx.insertInto(DECISION).set(REVIEW_ID, decision.reviewId()).set(REVISION, decision.revision())
                        .set(CONTENT_SHA, decision.contentSha256()).set(STATE, decision.state().code())
                        .set(DECIDED_BY, decision.decidedBy()).set(DECIDED_ROLE, decision.decidedRole())
                        .set(DECIDED_FINGERPRINT, decision.decidedFingerprint())
                        .set(DECIDED_AT, utc(decision.decidedAt())).set(CHANGE_NO, CouncilStore.nextChange())
                        .execute();
                int number = 0;
                for (ModerationComment comment : decision.comments()) {
                    tx.insertInto(COMMENT).set(REVIEW_ID, decision.reviewId()).set(REVISION, decision.revision())
                            .set(COMMENT_NO, ++number).set(ITEM_ID, comment.itemId()).set(BODY, comment.text())
                            .execute();
                }
                return DecisionSent.ADDED;
            });
        } catch (TeamProblem e) {
            if (e.getCause() instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                return DecisionSent.REFUSED_OWN_REVIEW;
            }
            throw e;
        }
    }

    private static org.jooq.Condition key(Moderation moderation) {
        return REVIEW_ID.eq(moderation.reviewId()).and(REVISION.eq(moderation.revision()));
    }

    /** The next submissions after change number {@code after}, oldest first. */
    public List<CouncilModeration> submissionsAfter(long after, int limit) {
        return database.call(dsl -> dsl.select(REVIEW_ID, REVISION, CONTENT_SHA, SUBMITTED_BY, SUBMITTED_FINGERPRINT,
                SUBMITTED_AT, OFFICER, CHANGE_NO).from(SUBMISSION).where(CHANGE_NO.gt(after)).orderBy(CHANGE_NO)
                .limit(limit).fetch(r -> new CouncilModeration(new Moderation(r.get(REVIEW_ID), r.get(REVISION),
                        ModerationState.SUBMITTED, r.get(CONTENT_SHA), r.get(SUBMITTED_BY), r.get(SUBMITTED_FINGERPRINT),
                        instant(r.get(SUBMITTED_AT)), null, null, null, null, true, List.of()), r.get(OFFICER),
                        r.get(CHANGE_NO))));
    }

    /** The next decisions after change number {@code after} with their comments, oldest first. */
    public List<CouncilModeration> decisionsAfter(long after, int limit) {
        return database.call(dsl -> {
            List<Record> rows = dsl.select(REVIEW_ID, REVISION, CONTENT_SHA, STATE, DECIDED_BY, DECIDED_ROLE,
                    DECIDED_FINGERPRINT, DECIDED_AT, OFFICER, CHANGE_NO).from(DECISION).where(CHANGE_NO.gt(after))
                    .orderBy(CHANGE_NO).limit(limit).fetch().stream().map(r -> (Record) r).toList();
            Map<String, List<ModerationComment>> comments = comments(dsl, rows);
            return rows.stream().map(r -> new CouncilModeration(new Moderation(r.get(REVIEW_ID), r.get(REVISION),
                    ModerationState.ofCode(r.get(STATE)), r.get(CONTENT_SHA), null, null, null, r.get(DECIDED_BY),
                    r.get(DECIDED_ROLE), r.get(DECIDED_FINGERPRINT), instant(r.get(DECIDED_AT)), true,
                    comments.getOrDefault(r.get(REVIEW_ID) + "/" + r.get(REVISION), List.of())), r.get(OFFICER),
                    r.get(CHANGE_NO))).toList();
        });
    }

    private static Map<String, List<ModerationComment>> comments(DSLContext dsl, List<Record> decisions) {
        if (decisions.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = decisions.stream().map(r -> r.get(REVIEW_ID)).distinct().toList();
        return dsl.select(REVIEW_ID, REVISION, COMMENT_NO, ITEM_ID, BODY).from(COMMENT).where(REVIEW_ID.in(ids))
                .orderBy(REVIEW_ID, REVISION, COMMENT_NO).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(REVIEW_ID) + "/" + r.get(REVISION),
                        Collectors.mapping(r -> new ModerationComment(r.get(ITEM_ID), r.get(BODY)),
                                Collectors.toList())));
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
