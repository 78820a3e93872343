package org.charterreviewer.team.store;

import static org.charterreviewer.storage.jooq.Tables.TEAM_CONFLICT;
import static org.charterreviewer.storage.jooq.Tables.TEAM_CONNECTION;
import static org.charterreviewer.storage.jooq.Tables.TEAM_REVISION;
import static org.charterreviewer.storage.jooq.Tables.TEAM_SYNC_MARK;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.team.Conflict;
import org.charterreviewer.team.CouncilLogin;
import org.charterreviewer.team.CouncilReview;
import org.jooq.DSLContext;

/**
 * This laptop's side of the team sync (V80): the council login, how far each council change list
 * has been read, which revisions both sides agree on, and the conflicts kept for a person.
 */
public final class TeamStore {

    /** Marks of the council change lists: how far this laptop has read each. */
    public static final String REVIEWS = "reviews";
    public static final String SCHOOLS = "schools";
    public static final String CHARTERS = "charters";
    /** Not a change number: a digest of the local register when it was last pushed. */
    public static final String SCHOOLS_PUSHED = "schools-pushed-digest";

    private final Database database;
    private final Transactions transactions;
    private final Clock clock;

    public TeamStore(Database database, Clock clock) {
        this.database = database;
        this.transactions = Transactions.on(database);
        this.clock = clock;
    }

    /**
     * Runs {@code work} as one local unit of work: every write inside it (a page of pulled reviews,
     * each agreed and the mark moved past it) commits together, or none does.
     */
    public void together(Transactions.VoidWork work) {
        transactions.run(work);
    }

    private DSLContext dsl() {
        return database.dsl();
    }

    private OffsetDateTime now() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC);
    }

    public Optional<CouncilLogin> login() {
        return dsl().selectFrom(TEAM_CONNECTION).fetchOptional()
                .map(r -> new CouncilLogin(r.getJdbcUrl(), r.getUserName(), r.getDbPassword().toCharArray()));
    }

    /**
     * Keeps the login, replacing any earlier one. A new server means new change lists: the marks
     * and agreed revisions of the old one are dropped with it, in the same transaction.
     */
    public void saveLogin(CouncilLogin login) {
        dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            forgetServer(tx);
            tx.insertInto(TEAM_CONNECTION).set(TEAM_CONNECTION.CONNECTION_ID, 1)
                    .set(TEAM_CONNECTION.JDBC_URL, login.url()).set(TEAM_CONNECTION.USER_NAME, login.user())
                    .set(TEAM_CONNECTION.DB_PASSWORD, new String(login.password()))
                    .set(TEAM_CONNECTION.CONNECTED_AT, now()).execute();
        });
    }

    /** Forgets the login and what was synced with that server; the reviews pulled stay. */
    public void forgetLogin() {
        dsl().transaction(cfg -> forgetServer(cfg.dsl()));
    }

    private static void forgetServer(DSLContext tx) {
        tx.deleteFrom(TEAM_CONNECTION).execute();
        tx.deleteFrom(TEAM_SYNC_MARK).execute();
        tx.deleteFrom(TEAM_REVISION).execute();
    }

    public Optional<Instant> lastSync() {
        return dsl().select(TEAM_CONNECTION.LAST_SYNC_AT).from(TEAM_CONNECTION).fetchOptional(TEAM_CONNECTION.LAST_SYNC_AT)
                .map(OffsetDateTime::toInstant);
    }

    public void recordSync() {
        dsl().update(TEAM_CONNECTION).set(TEAM_CONNECTION.LAST_SYNC_AT, now()).execute();
    }

    public long mark(String key) {
        return dsl().select(TEAM_SYNC_MARK.CHANGE_NO).from(TEAM_SYNC_MARK).where(TEAM_SYNC_MARK.MARK_KEY.eq(key))
                .fetchOptional(TEAM_SYNC_MARK.CHANGE_NO).orElse(0L);
    }

    public void setMark(String key, long changeNo) {
        setMark(dsl(), key, changeNo);
    }

    /** As {@link #setMark(String, long)}, inside {@code tx} (a pulled review's own transaction). */
    public void setMark(Tx tx, String key, long changeNo) {
        setMark(JooqTransactions.dsl(tx), key, changeNo);
    }

    private static void setMark(DSLContext dsl, String key, long changeNo) {
        dsl.mergeInto(TEAM_SYNC_MARK).using(org.jooq.impl.DSL.selectOne())
                .on(TEAM_SYNC_MARK.MARK_KEY.eq(key))
                .whenMatchedThenUpdate().set(TEAM_SYNC_MARK.CHANGE_NO, changeNo)
                .whenNotMatchedThenInsert(TEAM_SYNC_MARK.MARK_KEY, TEAM_SYNC_MARK.CHANGE_NO).values(key, changeNo)
                .execute();
    }

    /**
     * The SHA-256 both sides agreed on for each of these reviews' revisions, as {@code reviewId/revision}:
     * one query for a page of pulled revisions, not one a revision.
     */
    public java.util.Map<String, String> agreedAmong(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return java.util.Map.of();
        }
        return dsl().select(TEAM_REVISION.REVIEW_ID, TEAM_REVISION.REVISION, TEAM_REVISION.CONTENT_SHA256)
                .from(TEAM_REVISION).where(TEAM_REVISION.REVIEW_ID.in(reviewIds))
                .fetchMap(r -> r.value1() + "/" + r.value2(), r -> r.value3());
    }

    /** Every revision both sides agree on, as {@code reviewId/revision}, to skip them in one look. */
    public java.util.Set<String> agreedRevisions() {
        return new java.util.HashSet<>(dsl().select(TEAM_REVISION.REVIEW_ID, TEAM_REVISION.REVISION).from(TEAM_REVISION)
                .fetch(r -> r.value1() + "/" + r.value2()));
    }

    /** Records that the council database holds this revision as this laptop does. */
    public void agree(UUID reviewId, int revision, String contentSha256, boolean pulled) {
        agree(dsl(), reviewId, revision, contentSha256, pulled);
    }

    private void agree(DSLContext dsl, UUID reviewId, int revision, String contentSha256, boolean pulled) {
        dsl.mergeInto(TEAM_REVISION).using(org.jooq.impl.DSL.selectOne())
                .on(TEAM_REVISION.REVIEW_ID.eq(reviewId).and(TEAM_REVISION.REVISION.eq(revision)))
                .whenNotMatchedThenInsert(TEAM_REVISION.REVIEW_ID, TEAM_REVISION.REVISION, TEAM_REVISION.CONTENT_SHA256,
                        TEAM_REVISION.ORIGIN, TEAM_REVISION.SYNCED_AT)
                .values(reviewId, revision, contentSha256, pulled ? "council" : "local", now())
                .execute();
    }

    /**
     * As {@link #agree(UUID, int, String, boolean)} for every revision a page of the pull imported,
     * in one statement inside its unit of work.
     */
    public void agreePulled(Tx tx, List<CouncilReview> pulled) {
        if (pulled.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        var insert = JooqTransactions.dsl(tx).insertInto(TEAM_REVISION, TEAM_REVISION.REVIEW_ID, TEAM_REVISION.REVISION,
                TEAM_REVISION.CONTENT_SHA256, TEAM_REVISION.ORIGIN, TEAM_REVISION.SYNCED_AT);
        for (CouncilReview row : pulled) {
            insert = insert.values(row.reviewId(), row.revision(), row.contentSha256(), "council", now);
        }
        insert.onDuplicateKeyIgnore().execute();
    }

    /** Keeps the other officer's version of a revision beside this laptop's; the same one twice is kept once. */
    public boolean keepConflict(CouncilReview other, String localSha256) {
        return dsl().insertInto(TEAM_CONFLICT).set(TEAM_CONFLICT.REVIEW_ID, other.reviewId())
                .set(TEAM_CONFLICT.REVISION, other.revision()).set(TEAM_CONFLICT.OTHER_SHA256, other.contentSha256())
                .set(TEAM_CONFLICT.LOCAL_SHA256, localSha256).set(TEAM_CONFLICT.OTHER_OFFICER, other.officer())
                .set(TEAM_CONFLICT.OTHER_DOCUMENT, new String(other.document(), java.nio.charset.StandardCharsets.UTF_8)).set(TEAM_CONFLICT.FOUND_AT, now())
                .onDuplicateKeyIgnore().execute() > 0;
    }

    public List<Conflict> conflicts() {
        return dsl().selectFrom(TEAM_CONFLICT).orderBy(TEAM_CONFLICT.FOUND_AT, TEAM_CONFLICT.REVIEW_ID)
                .fetch(r -> new Conflict(r.getReviewId(), r.getRevision(), r.getLocalSha256(), r.getOtherSha256(),
                        r.getOtherOfficer(), r.getFoundAt().toInstant()));
    }

    /** The other version of a conflicting revision, as the review file it was pushed as. */
    public Optional<byte[]> conflictDocument(UUID reviewId, int revision, String otherSha256) {
        return dsl().select(TEAM_CONFLICT.OTHER_DOCUMENT).from(TEAM_CONFLICT)
                .where(TEAM_CONFLICT.REVIEW_ID.eq(reviewId).and(TEAM_CONFLICT.REVISION.eq(revision))
                        .and(TEAM_CONFLICT.OTHER_SHA256.eq(otherSha256)))
                .fetchOptional(TEAM_CONFLICT.OTHER_DOCUMENT)
                .map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A person resolved this conflict: the other version is no longer kept here (inside the caller's unit of work). */
    public void forgetConflict(Tx tx, Conflict conflict) {
        org.charterreviewer.storage.JooqTransactions.dsl(tx).deleteFrom(TEAM_CONFLICT)
                .where(TEAM_CONFLICT.REVIEW_ID.eq(conflict.reviewId()).and(TEAM_CONFLICT.REVISION.eq(conflict.revision()))
                        .and(TEAM_CONFLICT.OTHER_SHA256.eq(conflict.otherSha256())))
                .execute();
    }

    /** After a school's reviews were erased here, nothing of them stays in the sync's own tables. */
    public void forgetReviews(Collection<UUID> reviewIds) {
        dsl().transaction(cfg -> {
            cfg.dsl().deleteFrom(TEAM_CONFLICT).where(TEAM_CONFLICT.REVIEW_ID.in(reviewIds)).execute();
            cfg.dsl().deleteFrom(TEAM_REVISION).where(TEAM_REVISION.REVIEW_ID.in(reviewIds)).execute();
        });
    }
}
