package org.charterreviewer.protection.store;

import static org.charterreviewer.storage.jooq.Tables.CHARTER;
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
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What real deletion and retention read before deleting: a school's and a review's facts and evidence,
 * across the school and review tables. Every method works inside the caller's transaction. It writes
 * nothing: each feature's store deletes its own rows ({@code SchoolStore}, {@code ReviewDeletion}).
 */
public final class ErasureStore {

    /** One review as a deletion sees it: its latest revision's facts and how many revisions it has. */
    public record ReviewFacts(UUID id, long schoolId, String schoolName, String charter, String charterTitle,
            String charterVersion, LocalDate visitDate, LocalDate validUntil, String latestStatus, LocalDate firstCreated,
            int revisions) {
    }

    /** One evidence row: which review it belongs to and its content. */
    public record EvidenceFacts(UUID reviewId, String sha256, String name, long sizeBytes) {
    }

    public Optional<String> schoolName(Tx transaction, long schoolId) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        return tx.select(SCHOOL.NAME).from(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(schoolId)).fetchOptional(SCHOOL.NAME);
    }

    public List<UUID> reviewsOfSchool(Tx transaction, long schoolId) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        return tx.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW).where(REVIEW.SCHOOL_ID.eq(schoolId))
                .fetch(REVIEW.REVIEW_ID);
    }

    public List<UUID> allReviews(Tx transaction) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        return tx.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW).fetch(REVIEW.REVIEW_ID);
    }

    public Optional<ReviewFacts> review(Tx transaction, UUID id) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        // The charter's title too, so a plan names it as the officer knows it (null if it left the library).
        List<Record> rows = tx.select(REVIEW.fields()).select(SCHOOL.NAME, CHARTER.TITLE).from(REVIEW)
                .join(SCHOOL).on(SCHOOL.SCHOOL_ID.eq(REVIEW.SCHOOL_ID))
                .leftJoin(CHARTER).on(CHARTER.CHARTER_ID.eq(REVIEW.CHARTER_ID).and(CHARTER.VERSION.eq(REVIEW.CHARTER_VERSION)))
                .where(REVIEW.REVIEW_ID.eq(id)).orderBy(REVIEW.REVISION).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        Record latest = rows.get(rows.size() - 1);
        return Optional.of(new ReviewFacts(id, latest.get(REVIEW.SCHOOL_ID), latest.get(SCHOOL.NAME),
                latest.get(REVIEW.CHARTER_ID) + " " + latest.get(REVIEW.CHARTER_VERSION), latest.get(CHARTER.TITLE),
                latest.get(REVIEW.CHARTER_VERSION),
                latest.get(REVIEW.VISIT_DATE), latest.get(REVIEW.VALID_UNTIL), latest.get(REVIEW.STATUS),
                first.get(REVIEW.CREATED_AT).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), rows.size()));
    }

    /** The evidence files of every revision of a review, one entry per content (revisions share them). */
    public List<EvidenceFacts> evidenceOf(Tx transaction, UUID id) {
        DSLContext tx = JooqTransactions.dsl(transaction);
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

    public Optional<EvidenceFacts> evidence(Tx transaction, long evidenceId) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        return tx.select(REVIEW.REVIEW_ID, EVIDENCE.SHA256, EVIDENCE.ORIGINAL_NAME, EVIDENCE_BLOB.SIZE_BYTES)
                .from(EVIDENCE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(EVIDENCE.REVIEW_KEY))
                .join(EVIDENCE_BLOB).on(EVIDENCE_BLOB.SHA256.eq(EVIDENCE.SHA256))
                .where(EVIDENCE.EVIDENCE_ID.eq(evidenceId))
                .fetchOptional(r -> new EvidenceFacts(r.get(REVIEW.REVIEW_ID), r.get(EVIDENCE.SHA256),
                        r.get(EVIDENCE.ORIGINAL_NAME), r.get(EVIDENCE_BLOB.SIZE_BYTES)));
    }

    /** True when evidence of a review other than those in {@code leaving} uses the content. */
    public boolean contentUsedOutside(Tx transaction, String sha256, Collection<UUID> leaving) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        return tx.fetchExists(DSL.selectOne().from(EVIDENCE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(EVIDENCE.REVIEW_KEY))
                .where(EVIDENCE.SHA256.eq(sha256)).and(REVIEW.REVIEW_ID.notIn(leaving)));
    }
}
