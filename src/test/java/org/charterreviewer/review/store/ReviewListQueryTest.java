package org.charterreviewer.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.ComputedOutcome;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

/**
 * The lists' rows as {@link ReviewListQuery} reads them over JDBC and sorts them itself (no ORDER
 * BY): newest visit first, no visit date last, then the latest change; every column in its place,
 * the filters' values bound; on both databases.
 */
class ReviewListQueryTest {

    private static final OffsetDateTime T1 = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final CharterRef CHARTER_REF = new CharterRef("yes", "2.1", "c".repeat(64));

    private final ReviewStore store = new ReviewStore(new EvidenceStore());
    private final ReviewReader reader = new ReviewReader(new EvidenceStore());

    @BothDatabases
    void theLatestRevisionOfEachReviewNewestVisitFirstThenLatestChangeAndNoVisitLast(Database database) {
        DSLContext dsl = database.dsl();
        long oak = school(dsl, "Oak School", "100001");
        long ash = school(dsl, "Ash School", null);
        UUID a = review(dsl, 1, oak, LocalDate.of(2026, 3, 1), T1);
        UUID b = review(dsl, 1, ash, LocalDate.of(2026, 5, 1), T1);
        UUID c = review(dsl, 1, oak, null, T1.plusHours(2));
        UUID d = review(dsl, 1, ash, LocalDate.of(2026, 3, 1), T1.plusHours(3));
        UUID e = review(dsl, 1, oak, LocalDate.of(2026, 1, 1), T1);
        review(dsl, e, 2, oak, LocalDate.of(2026, 6, 1), T1.plusHours(1));
        Tx tx = JooqTransactions.of(dsl);

        List<ReviewSummary> all = reader.list(tx, ReviewFilter.all());

        assertThat(all).extracting(ReviewSummary::id).containsExactly(e, b, d, a, c);
        ReviewSummary latest = all.get(0);
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(latest.schoolId()).isEqualTo(oak);
        assertThat(latest.schoolName()).isEqualTo("Oak School");
        assertThat(latest.schoolUrn()).isEqualTo("100001");
        assertThat(latest.charterId()).isEqualTo("yes");
        assertThat(latest.charterVersion()).isEqualTo("2.1");
        assertThat(latest.charterTitle()).isEqualTo("#YES Charter");
        assertThat(latest.visitDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(latest.updatedAt()).isEqualTo(T1.plusHours(1).toInstant());
        assertThat(latest.decision()).isNull();
        assertThat(latest.awardedOn()).isNull();
        assertThat(all.get(1).schoolUrn()).isNull();

        assertThat(reader.list(tx, new ReviewFilter(null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31))))
                .extracting(ReviewSummary::id).containsExactly(b, d, a);
        assertThat(reader.list(tx, new ReviewFilter(ash, "yes", ReviewStatus.IN_PROGRESS, null, null)))
                .extracting(ReviewSummary::id).containsExactly(b, d);
        assertThat(reader.list(tx, new ReviewFilter(null, null, ReviewStatus.FINALISED, null, null))).isEmpty();
    }

    @BothDatabases
    void anAwardIsReadWithItsDecisionDatesAndLevel(Database database) {
        DSLContext dsl = database.dsl();
        long oak = school(dsl, "Oak School", "100001");
        UUID id = review(dsl, 1, oak, LocalDate.of(2026, 3, 1), T1);
        long key = dsl.fetchSingle(REVIEW).getReviewKey();
        store.setDecision(dsl, key, new RecordedDecision(Decision.AWARDED, "Well done", null));
        store.finalise(dsl, key, ComputedOutcome.MET,
                new ReachedLevel("gold", "Gold"), LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 2),
                T1.plusDays(1), "Officer");

        List<ReviewSummary> awards = reader.awards(JooqTransactions.of(dsl));

        assertThat(awards).hasSize(1);
        ReviewSummary award = awards.get(0);
        assertThat(award.id()).isEqualTo(id);
        assertThat(award.status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(award.decision()).isEqualTo(Decision.AWARDED);
        assertThat(award.awardedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(award.validUntil()).isEqualTo(LocalDate.of(2029, 3, 2));
        assertThat(award.awardLevel()).isEqualTo("Gold");
        assertThat(award.updatedAt()).isEqualTo(T1.plusDays(1).toInstant());
    }

    private static long school(DSLContext dsl, String name, String urn) {
        if (dsl.fetchCount(CHARTER) == 0) {
            dsl.insertInto(CHARTER).set(CHARTER.CHARTER_ID, "yes").set(CHARTER.VERSION, "2.1")
                    .set(CHARTER.CONTENT_SHA256, "c".repeat(64)).set(CHARTER.TITLE, "#YES Charter")
                    .set(CHARTER.ISSUING_BODY, "Council").set(CHARTER.JSON_TEXT, "{}").set(CHARTER.IMPORTED_AT, T1).execute();
        }
        return dsl.insertInto(SCHOOL).set(SCHOOL.NAME, name).set(SCHOOL.URN, urn).set(SCHOOL.CREATED_AT, T1)
                .set(SCHOOL.UPDATED_AT, T1).returning(SCHOOL.SCHOOL_ID).fetchOne().getSchoolId();
    }

    private UUID review(DSLContext dsl, int revision, long schoolId, LocalDate visit, OffsetDateTime updated) {
        return review(dsl, UUID.randomUUID(), revision, schoolId, visit, updated);
    }

    private UUID review(DSLContext dsl, UUID id, int revision, long schoolId, LocalDate visit, OffsetDateTime updated) {
        store.insertReview(dsl, id, revision, schoolId, CHARTER_REF, visit, List.of("Officer"), updated);
        return id;
    }
}
