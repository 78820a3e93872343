package org.charterreviewer.protection.store;

import static org.charterreviewer.storage.jooq.Tables.APP_SETTING;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The reads and deletes of real deletion and retention, with jOOQ. Every method works inside the
 * caller's transaction. Deleting review rows removes their children through the schema's
 * {@code ON DELETE CASCADE} (participants, judgements, notes, voices, evidence and links, actions,
 * signatory, certificate records); evidence content is shared by hash, so it is removed separately
 * once nothing refers to it.
 */
public final class ErasureStore {

    /** One review as a deletion sees it: its latest revision's facts and how many revisions it has. */
    public record ReviewFacts(UUID id, long schoolId, String schoolName, String charter, LocalDate visitDate,
            LocalDate validUntil, String latestStatus, LocalDate firstCreated, int revisions) {
    }

    /** One evidence row: which review it belongs to and its content. */
    public record EvidenceFacts(UUID reviewId, String sha256, String name, long sizeBytes) {
    }

    public Optional<String> schoolName(DSLContext tx, long schoolId) {
        return tx.select(SCHOOL.NAME).from(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(schoolId)).fetchOptional(SCHOOL.NAME);
    }

    public List<UUID> reviewsOfSchool(DSLContext tx, long schoolId) {
        return tx.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW).where(REVIEW.SCHOOL_ID.eq(schoolId))
                .fetch(REVIEW.REVIEW_ID);
    }

    public List<UUID> allReviews(DSLContext tx) {
        return tx.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW).fetch(REVIEW.REVIEW_ID);
    }

    public Optional<ReviewFacts> review(DSLContext tx, UUID id) {
        List<Record> rows = tx.select(REVIEW.fields()).select(SCHOOL.NAME).from(REVIEW)
                .join(SCHOOL).on(SCHOOL.SCHOOL_ID.eq(REVIEW.SCHOOL_ID))
                .where(REVIEW.REVIEW_ID.eq(id)).orderBy(REVIEW.REVISION).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        Record latest = rows.get(rows.size() - 1);
        return Optional.of(new ReviewFacts(id, latest.get(REVIEW.SCHOOL_ID), latest.get(SCHOOL.NAME),
                latest.get(REVIEW.CHARTER_ID) + " " + latest.get(REVIEW.CHARTER_VERSION),
                latest.get(REVIEW.VISIT_DATE), latest.get(REVIEW.VALID_UNTIL), latest.get(REVIEW.STATUS),
                first.get(REVIEW.CREATED_AT).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), rows.size()));
    }

    /** The evidence files of every revision of a review, one entry per content (revisions share them). */
    public List<EvidenceFacts> evidenceOf(DSLContext tx, UUID id) {
        Map<String, EvidenceFacts> byContent = new LinkedHashMap<>();
        tx.select(EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE_BLOB.SIZE_BYTES)
                .from(EVIDENCE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(EVIDENCE.REVIEW_KEY))
                .join(EVIDENCE_BLOB).on(EVIDENCE_BLOB.SHA256.eq(EVIDENCE.SHA256))
                .where(REVIEW.REVIEW_ID.eq(id))
                .orderBy(REVIEW.REVISION.desc(), EVIDENCE.EVIDENCE_ID)
                .forEach(r -> byContent.putIfAbsent(r.get(EVIDENCE.SHA256), new EvidenceFacts(id,
                        r.get(EVIDENCE.SHA256), r.get(EVIDENCE.ORIGINAL_NAME), r.get(EVIDENCE_BLOB.SIZE_BYTES))));
        return new ArrayList<>(byContent.values());
    }

    public Optional<EvidenceFacts> evidence(DSLContext tx, long evidenceId) {
        return tx.select(REVIEW.REVIEW_ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE_BLOB.SIZE_BYTES)
                .from(EVIDENCE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(EVIDENCE.REVIEW_KEY))
                .join(EVIDENCE_BLOB).on(EVIDENCE_BLOB.SHA256.eq(EVIDENCE.SHA256))
                .where(EVIDENCE.EVIDENCE_ID.eq(evidenceId))
                .fetchOptional(r -> new EvidenceFacts(r.get(REVIEW.REVIEW_ID), r.get(EVIDENCE.SHA256),
                        r.get(EVIDENCE.ORIGINAL_NAME), r.get(EVIDENCE_BLOB.SIZE_BYTES)));
    }

    /** True when evidence of a review other than those in {@code leaving} uses the content. */
    public boolean contentUsedOutside(DSLContext tx, String sha256, Collection<UUID> leaving) {
        return tx.fetchExists(DSL.selectOne().from(EVIDENCE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(EVIDENCE.REVIEW_KEY))
                .where(EVIDENCE.SHA256.eq(sha256)).and(REVIEW.REVIEW_ID.notIn(leaving)));
    }

    public int deleteReview(DSLContext tx, UUID id) {
        return tx.deleteFrom(REVIEW).where(REVIEW.REVIEW_ID.eq(id)).execute();
    }

    /** Deletes the evidence rows holding {@code sha256} in every revision of a review; links go with them. */
    public int deleteEvidence(DSLContext tx, UUID reviewId, String sha256) {
        return tx.deleteFrom(EVIDENCE)
                .where(EVIDENCE.SHA256.eq(sha256))
                .and(EVIDENCE.REVIEW_KEY.in(DSL.select(REVIEW.REVIEW_KEY).from(REVIEW).where(REVIEW.REVIEW_ID.eq(reviewId))))
                .execute();
    }

    /** Deletes each listed content no evidence row refers to any more; returns how many went. */
    public int deleteUnusedContent(DSLContext tx, Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return 0;
        }
        return tx.deleteFrom(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.in(sha256s))
                .and(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(EVIDENCE_BLOB.SHA256))))
                .execute();
    }

    public int deleteSchool(DSLContext tx, long schoolId) {
        return tx.deleteFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(schoolId)).execute();
    }

    public Optional<String> setting(DSLContext tx, String key) {
        return tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void putSetting(DSLContext tx, String key, String value) {
        if (value == null) {
            tx.deleteFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
            return;
        }
        tx.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .onConflict(APP_SETTING.SETTING_KEY).doUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .execute();
    }
}
