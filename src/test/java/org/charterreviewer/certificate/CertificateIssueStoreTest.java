package org.charterreviewer.certificate;

import org.charterreviewer.certificate.store.CertificateIssueStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.charterreviewer.storage.Database;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

public class CertificateIssueStoreTest {

    static final String SHA = "a".repeat(64);

    @BothDatabases
    void recordedCertificateIsFoundAndMatchesOnlyItsOwnReviewHash(Database database) {
        long reviewKey = insertReview(database.dsl());
        CertificateIssueStore store = new CertificateIssueStore(database.dsl(), CertificateTestFixtures.CLOCK);
        assertThat(store.isUnused("CR-2026-7K4M-Q9XD")).isTrue();
        store.record("CR-2026-7K4M-Q9XD", reviewKey, SHA, "Siân O’Brien");
        assertThat(store.lookup("CR-2026-7K4M-Q9XD")).hasValueSatisfying(issue -> {
            assertThat(issue.reviewKey()).isEqualTo(reviewKey);
            assertThat(issue.reviewSha256()).isEqualTo(SHA);
            assertThat(issue.issuedAt()).isEqualTo(CertificateTestFixtures.CLOCK.instant());
            assertThat(issue.signerName()).isEqualTo("Siân O’Brien");
        });
        assertThat(store.matches("CR-2026-7K4M-Q9XD", SHA)).isTrue();
        assertThat(store.matches("CR-2026-7K4M-Q9XD", "b".repeat(64))).isFalse();
        assertThat(store.matches("CR-2026-AAAA-AAAA", SHA)).isFalse();
        assertThat(store.matches(null, null)).isFalse();
        assertThat(store.forReview(reviewKey)).hasSize(1);
    }

    /** The smallest review a certificate can point at: one charter, one school, one review. */
    public static long insertReview(DSLContext dsl) {
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);
        dsl.insertInto(CHARTER).set(CHARTER.CHARTER_ID, "yes").set(CHARTER.VERSION, "2.1")
                .set(CHARTER.CONTENT_SHA256, "c".repeat(64)).set(CHARTER.TITLE, "#YES Charter")
                .set(CHARTER.ISSUING_BODY, "Council").set(CHARTER.JSON_TEXT, "{}").set(CHARTER.IMPORTED_AT, now).execute();
        long schoolId = dsl.insertInto(SCHOOL).set(SCHOOL.NAME, "Oak School").set(SCHOOL.CREATED_AT, now)
                .set(SCHOOL.UPDATED_AT, now).returning(SCHOOL.SCHOOL_ID).fetchOne().getSchoolId();
        return dsl.insertInto(REVIEW).set(REVIEW.REVIEW_ID, UUID.randomUUID()).set(REVIEW.REVISION, 1)
                .set(REVIEW.SCHOOL_ID, schoolId).set(REVIEW.CHARTER_ID, "yes").set(REVIEW.CHARTER_VERSION, "2.1")
                .set(REVIEW.CHARTER_SHA256, "c".repeat(64)).set(REVIEW.STATUS, "FINALISED")
                .set(REVIEW.CREATED_AT, now).set(REVIEW.UPDATED_AT, now)
                .returning(REVIEW.REVIEW_KEY).fetchOne().getReviewKey();
    }
}
