package org.charterreviewer.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_LINK;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.charterreviewer.certificate.CertificateIssueStoreTest;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.jooq.tables.records.JudgementRecord;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

/**
 * The review store's upserts (judgements, evidence links, settings) and its text search over UUIDs,
 * which H2 and PostgreSQL write differently: jOOQ renders them for each, checked here on both.
 */
class ReviewStoreTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final EvidenceStore evidence = new EvidenceStore();
    private final ReviewStore store = new ReviewStore(evidence);

    @BothDatabases
    void aJudgementIsInsertedThenUpdatedInPlaceAndRemovedWhenEmpty(Database database) {
        DSLContext dsl = database.dsl();
        long key = keyOf(dsl, CertificateIssueStoreTest.insertReview(dsl));

        store.writeJudgement(dsl, key, "item-1", "met", false, NOW);
        store.writeJudgement(dsl, key, "item-1", "met", true, NOW.plusMinutes(1));

        JudgementRecord judgement = dsl.fetchSingle(JUDGEMENT, JUDGEMENT.REVIEW_KEY.eq(key));
        assertThat(judgement.getLevelId()).isEqualTo("met");
        assertThat(judgement.getFlagged()).isTrue();
        assertThat(judgement.getUpdatedAt().toInstant()).isEqualTo(NOW.plusMinutes(1).toInstant());

        store.writeJudgement(dsl, key, "item-1", null, false, NOW);
        assertThat(dsl.fetchCount(JUDGEMENT)).isZero();
    }

    @BothDatabases
    void linkingTwiceKeepsOneLinkAndSettingsAreReplaced(Database database) {
        DSLContext dsl = database.dsl();
        long key = keyOf(dsl, CertificateIssueStoreTest.insertReview(dsl));
        String sha = "d".repeat(64);
        dsl.insertInto(EVIDENCE_BLOB).set(EVIDENCE_BLOB.SHA256, sha).set(EVIDENCE_BLOB.SIZE_BYTES, 3L)
                .set(EVIDENCE_BLOB.MEDIA_TYPE, "text/plain").set(EVIDENCE_BLOB.CONTENT, new byte[] {1, 0, -1})
                .set(EVIDENCE_BLOB.CREATED_AT, NOW).execute();
        long evidenceId = evidence.insertEvidence(dsl, key, sha, "notes.txt", null, false, false, NOW);

        evidence.link(dsl, evidenceId, "item-1");
        evidence.link(dsl, evidenceId, "item-1");
        assertThat(dsl.fetchCount(EVIDENCE_LINK)).isEqualTo(1);
        assertThat(dsl.fetchValue(EVIDENCE_BLOB.CONTENT)).containsExactly(1, 0, -1);

        Tx tx = JooqTransactions.of(dsl);
        AppSettingStore.set(tx, "evidence.maxBytes", "10");
        AppSettingStore.set(tx, "evidence.maxBytes", "20");
        assertThat(AppSettingStore.get(tx, "evidence.maxBytes")).contains("20");
        AppSettingStore.set(tx, "evidence.maxBytes", null);
        assertThat(AppSettingStore.get(tx, "evidence.maxBytes")).isEmpty();
    }

    @BothDatabases
    void reviewsAreFoundByTheStartOfTheirIdInAnyCase(Database database) {
        DSLContext dsl = database.dsl();
        RevisionRef ref = CertificateIssueStoreTest.insertReview(dsl);
        ReviewReader reader = new ReviewReader(evidence);
        Tx tx = JooqTransactions.of(dsl);

        assertThat(reader.idsStartingWith(tx, ref.reviewId().toString().substring(0, 8).toUpperCase()))
                .containsExactly(ref.reviewId());
        assertThat(reader.idsStartingWith(tx, "zzzz")).isEmpty();
    }

    private static long keyOf(DSLContext dsl, RevisionRef ref) {
        return dsl.select(REVIEW.REVIEW_KEY).from(REVIEW)
                .where(REVIEW.REVIEW_ID.eq(ref.reviewId()).and(REVIEW.REVISION.eq(ref.revision())))
                .fetchSingle(REVIEW.REVIEW_KEY);
    }
}
