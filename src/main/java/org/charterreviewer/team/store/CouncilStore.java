package org.charterreviewer.team.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.unquotedName;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.charterreviewer.team.CouncilAuditEntry;
import org.charterreviewer.team.CouncilCertificate;
import org.charterreviewer.team.CouncilCharter;
import org.charterreviewer.team.CouncilReview;
import org.charterreviewer.team.EvidenceBlob;
import org.charterreviewer.team.PushOutcome;
import org.charterreviewer.team.ReviewPush;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The council database's tables (db/council): reviews, evidence content, certificate numbers and
 * audit entries pushed by laptops, and the change lists laptops pull from. Every write takes the
 * advisory lock first, so change numbers become visible in order (see V1__council_sync.sql).
 */
public final class CouncilStore {

    /** The key of the transaction-level advisory lock every writer takes. */
    static final long WRITE_LOCK = 1919;

    static final Table<Record> REVIEW = table(unquotedName("council_review"));
    static final Table<Record> EVIDENCE = table(unquotedName("council_evidence"));
    static final Table<Record> CERTIFICATE = table(unquotedName("council_certificate"));
    static final Table<Record> AUDIT = table(unquotedName("council_audit"));
    static final Table<Record> CHARTER = table(unquotedName("council_charter"));

    static final Field<UUID> REVIEW_ID = field(unquotedName("review_id"), SQLDataType.UUID);
    static final Field<Integer> REVISION = field(unquotedName("revision"), SQLDataType.INTEGER);
    static final Field<String> CONTENT_SHA = field(unquotedName("content_sha256"), SQLDataType.CHAR(64));
    static final Field<String> SCHOOL_URN = field(unquotedName("school_urn"), SQLDataType.VARCHAR);
    static final Field<String> OFFICER = field(unquotedName("officer"), SQLDataType.VARCHAR);
    static final Field<byte[]> DOCUMENT = field(unquotedName("document"), SQLDataType.BLOB);
    static final Field<Long> CHANGE_NO = field(unquotedName("change_no"), SQLDataType.BIGINT);
    static final Field<String> SHA256 = field(unquotedName("sha256"), SQLDataType.CHAR(64));
    static final Field<String> MEDIA_TYPE = field(unquotedName("media_type"), SQLDataType.VARCHAR);
    static final Field<Long> SIZE_BYTES = field(unquotedName("size_bytes"), SQLDataType.BIGINT);
    static final Field<byte[]> CONTENT = field(unquotedName("content"), SQLDataType.BLOB);
    static final Field<String> NUMBER = field(unquotedName("certificate_number"), SQLDataType.VARCHAR);
    static final Field<String> REVIEW_SHA = field(unquotedName("review_sha256"), SQLDataType.CHAR(64));
    static final Field<OffsetDateTime> ISSUED_AT = field(unquotedName("issued_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> ENTRY_SHA = field(unquotedName("entry_sha256"), SQLDataType.CHAR(64));
    static final Field<OffsetDateTime> OCCURRED_AT = field(unquotedName("occurred_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<String> ACTOR = field(unquotedName("actor"), SQLDataType.VARCHAR);
    static final Field<String> EVENT = field(unquotedName("event"), SQLDataType.VARCHAR);
    static final Field<String> DETAIL = field(unquotedName("detail"), SQLDataType.CLOB);
    static final Field<String> CHARTER_ID = field(unquotedName("charter_id"), SQLDataType.VARCHAR);
    static final Field<String> VERSION = field(unquotedName("version"), SQLDataType.VARCHAR);
    static final Field<String> JSON_TEXT = field(unquotedName("json_text"), SQLDataType.CLOB);

    private final CouncilDatabase database;

    CouncilStore(CouncilDatabase database) {
        this.database = database;
    }

    static Field<Long> nextChange() {
        return field("nextval('council_change')", SQLDataType.BIGINT);
    }

    static void lockWrites(DSLContext tx) {
        tx.fetch("select pg_advisory_xact_lock(?)", WRITE_LOCK);
    }

    /**
     * Writes one revision with its evidence content, certificate numbers and audit entries in one
     * transaction. The same revision with the same content already there changes nothing.
     */
    public PushOutcome push(ReviewPush push) {
        CouncilReview review = push.review();
        return database.transaction(tx -> {
            lockWrites(tx);
            List<String> missing = addMissingEvidence(tx, push.evidenceSha256s(), push.content());
            int added = tx.insertInto(REVIEW).set(REVIEW_ID, review.reviewId()).set(REVISION, review.revision())
                    .set(CONTENT_SHA, review.contentSha256()).set(SCHOOL_URN, review.schoolUrn())
                    .set(DOCUMENT, review.document()).set(CHANGE_NO, nextChange())
                    .onConflictDoNothing().execute();
            List<String> clashes = new ArrayList<>();
            for (CouncilCertificate certificate : push.certificates()) {
                tx.insertInto(CERTIFICATE).set(NUMBER, certificate.number()).set(REVIEW_ID, certificate.reviewId())
                        .set(REVISION, certificate.revision()).set(REVIEW_SHA, certificate.reviewSha256())
                        .set(ISSUED_AT, certificate.issuedAt().atOffset(ZoneOffset.UTC)).onConflictDoNothing().execute();
                String holder = tx.select(REVIEW_SHA).from(CERTIFICATE).where(NUMBER.eq(certificate.number()))
                        .fetchOne(REVIEW_SHA);
                if (!certificate.reviewSha256().equals(holder)) {
                    clashes.add(certificate.number());
                }
            }
            for (CouncilAuditEntry entry : push.audit()) {
                tx.insertInto(AUDIT).set(ENTRY_SHA, entry.entrySha256()).set(REVIEW_ID, entry.reviewId())
                        .set(OCCURRED_AT, entry.occurredAt().atOffset(ZoneOffset.UTC)).set(ACTOR, entry.actor())
                        .set(EVENT, entry.event()).set(DETAIL, entry.detail()).onConflictDoNothing().execute();
            }
            List<CouncilReview> others = tx.select(REVIEW_ID, REVISION, CONTENT_SHA, SCHOOL_URN, OFFICER, DOCUMENT,
                    CHANGE_NO).from(REVIEW)
                    .where(REVIEW_ID.eq(review.reviewId()).and(REVISION.eq(review.revision()))
                            .and(CONTENT_SHA.ne(review.contentSha256())))
                    .orderBy(CHANGE_NO).fetch(CouncilStore::review);
            return new PushOutcome(added > 0, others, clashes, missing);
        });
    }

    /**
     * Adds the evidence content among {@code sha256s} that the council database lacks and the laptop
     * has ({@code content} empty when it has only the metadata); returns the SHA-256s neither has.
     * For a revision both sides already hold (a laptop connected again after the server was
     * restored from an older backup, or to another council database).
     */
    public List<String> offerEvidence(Set<String> sha256s, Function<String, Optional<EvidenceBlob>> content) {
        if (sha256s.isEmpty()) {
            return List.of();
        }
        return database.transaction(tx -> {
            lockWrites(tx);
            return addMissingEvidence(tx, sha256s, content);
        });
    }

    private static List<String> addMissingEvidence(DSLContext tx, Set<String> sha256s,
            Function<String, Optional<EvidenceBlob>> content) {
        Set<String> present = new HashSet<>(tx.select(SHA256).from(EVIDENCE).where(SHA256.in(sha256s)).fetch(SHA256));
        List<String> missing = new ArrayList<>();
        for (String sha : sha256s) {
            if (!present.contains(sha)) {
                // Content the laptop has only as metadata is not sent (never an empty row); content
                // already here is never written again, so the server keeps what it has.
                content.apply(sha).ifPresentOrElse(blob -> tx.insertInto(EVIDENCE).set(SHA256, sha)
                        .set(MEDIA_TYPE, blob.mediaType()).set(SIZE_BYTES, (long) blob.content().length)
                        .set(CONTENT, blob.content()).execute(), () -> missing.add(sha));
            }
        }
        return missing;
    }

    /** The next finalised revisions after change number {@code after}, oldest first. */
    public List<CouncilReview> reviewsAfter(long after, int limit) {
        return database.call(dsl -> dsl.select(REVIEW_ID, REVISION, CONTENT_SHA, SCHOOL_URN, OFFICER, DOCUMENT, CHANGE_NO)
                .from(REVIEW).where(CHANGE_NO.gt(after)).orderBy(CHANGE_NO).limit(limit).fetch(CouncilStore::review));
    }

    private static CouncilReview review(Record r) {
        return new CouncilReview(r.get(REVIEW_ID), r.get(REVISION), r.get(CONTENT_SHA), r.get(SCHOOL_URN),
                r.get(OFFICER), r.get(DOCUMENT), r.get(CHANGE_NO));
    }

    /** The evidence content with this SHA-256, if the council database has it. */
    public java.util.Optional<EvidenceBlob> evidence(String sha256) {
        return database.call(dsl -> dsl.select(SHA256, MEDIA_TYPE, CONTENT).from(EVIDENCE).where(SHA256.eq(sha256))
                .fetchOptional(r -> new EvidenceBlob(r.get(SHA256), r.get(MEDIA_TYPE), r.get(CONTENT))));
    }

    /** Adds a charter version the council library lacks; one it has stays as it is. */
    public void pushCharter(String charterId, String version, String contentSha256, String jsonText) {
        database.transaction(tx -> {
            lockWrites(tx);
            return tx.insertInto(CHARTER).set(CHARTER_ID, charterId).set(VERSION, version)
                    .set(CONTENT_SHA, contentSha256).set(JSON_TEXT, jsonText).set(CHANGE_NO, nextChange())
                    .onConflictDoNothing().execute();
        });
    }

    public List<CouncilCharter> chartersAfter(long after) {
        return database.call(dsl -> dsl.select(CHARTER_ID, VERSION, CONTENT_SHA, JSON_TEXT, CHANGE_NO).from(CHARTER)
                .where(CHANGE_NO.gt(after)).orderBy(CHANGE_NO)
                .fetch(r -> new CouncilCharter(r.get(CHARTER_ID), r.get(VERSION), r.get(CONTENT_SHA), r.get(JSON_TEXT),
                        r.get(CHANGE_NO))));
    }

    /** The council's moderation submissions and decisions, read and written by {@link CouncilModerationStore}. */
    public CouncilModerationStore moderation() {
        return new CouncilModerationStore(database);
    }

    /** The council's school register, read and written by {@link CouncilSchoolStore}. */
    public CouncilSchoolStore schools() {
        return new CouncilSchoolStore(database);
    }
}
