package org.charterreviewer.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_LINK;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateIssueStoreTest;
import org.charterreviewer.protection.store.ErasureStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.jooq.tables.records.JudgementRecord;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

/**
 * The review store's upserts (judgements, evidence links, settings) and its text search over UUIDs,
 * which H2 and PostgreSQL write differently: jOOQ renders them for each, checked here on both.
 */
class ReviewStoreTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private final ReviewStore store = new ReviewStore();

    @BothDatabases
    void aJudgementIsInsertedThenUpdatedInPlaceAndRemovedWhenEmpty(Database database) {
        DSLContext dsl = database.dsl();
        long key = CertificateIssueStoreTest.insertReview(dsl);

        store.setLevel(dsl, key, "item-1", "met", NOW);
        store.setFlag(dsl, key, "item-1", true, NOW.plusMinutes(1));

        JudgementRecord judgement = dsl.fetchSingle(JUDGEMENT, JUDGEMENT.REVIEW_KEY.eq(key));
        assertThat(judgement.getLevelId()).isEqualTo("met");
        assertThat(judgement.getFlagged()).isTrue();
        assertThat(judgement.getUpdatedAt().toInstant()).isEqualTo(NOW.plusMinutes(1).toInstant());

        store.setLevel(dsl, key, "item-1", null, NOW);
        store.setFlag(dsl, key, "item-1", false, NOW);
        assertThat(dsl.fetchCount(JUDGEMENT)).isZero();
    }

    @BothDatabases
    void linkingTwiceKeepsOneLinkAndSettingsAreReplaced(Database database) {
        DSLContext dsl = database.dsl();
        long key = CertificateIssueStoreTest.insertReview(dsl);
        String sha = "d".repeat(64);
        dsl.insertInto(EVIDENCE_BLOB).set(EVIDENCE_BLOB.SHA256, sha).set(EVIDENCE_BLOB.SIZE_BYTES, 3L)
                .set(EVIDENCE_BLOB.MEDIA_TYPE, "text/plain").set(EVIDENCE_BLOB.CONTENT, new byte[] {1, 0, -1})
                .set(EVIDENCE_BLOB.CREATED_AT, NOW).execute();
        long evidence = store.insertEvidence(dsl, key, sha, "notes.txt", null, false, false, NOW);

        store.link(dsl, evidence, "item-1");
        store.link(dsl, evidence, "item-1");
        assertThat(dsl.fetchCount(EVIDENCE_LINK)).isEqualTo(1);
        assertThat(dsl.fetchValue(EVIDENCE_BLOB.CONTENT)).containsExactly(1, 0, -1);

        store.putSetting(dsl, "evidence.maxBytes", "10");
        store.putSetting(dsl, "evidence.maxBytes", "20");
        assertThat(store.setting(dsl, "evidence.maxBytes")).contains("20");
        ErasureStore erasure = new ErasureStore();
        erasure.putSetting(dsl, "erasure.pending", "a");
        erasure.putSetting(dsl, "erasure.pending", "b");
        assertThat(erasure.setting(dsl, "erasure.pending")).contains("b");
        erasure.putSetting(dsl, "erasure.pending", null);
        assertThat(erasure.setting(dsl, "erasure.pending")).isEmpty();
    }

    @BothDatabases
    void reviewsAreFoundByTheStartOfTheirIdInAnyCase(Database database) {
        DSLContext dsl = database.dsl();
        long key = CertificateIssueStoreTest.insertReview(dsl);
        UUID id = store.rowOf(dsl, key).orElseThrow().reviewId();

        assertThat(store.idsStartingWith(dsl, id.toString().substring(0, 8).toUpperCase())).containsExactly(id);
        assertThat(store.idsStartingWith(dsl, "zzzz")).isEmpty();
    }
}
