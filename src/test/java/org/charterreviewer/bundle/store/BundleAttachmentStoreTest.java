package org.charterreviewer.bundle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateIssueStoreTest;
import org.charterreviewer.certificate.store.KnownCertificateStore;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.store.ReviewDeletion;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Database;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Binary content (H2's BLOB, PostgreSQL's BYTEA), the role check and the cascade from a deleted
 * review, and the certificates learnt from elsewhere: the same on both databases.
 */
class BundleAttachmentStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final BundleAttachmentStore store = new BundleAttachmentStore();

    @BothDatabases
    void anAttachmentKeepsItsBytesIsKeptOnceAndGoesWithItsReview(Database database) {
        DSLContext dsl = database.dsl();
        UUID reviewId = reviewIdOf(dsl, CertificateIssueStoreTest.insertReview(dsl));
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, 10};

        assertThat(store.insertIfAbsent(dsl, row(reviewId, BundleAttachmentStore.REPORT, pdf), NOW)).isTrue();
        assertThat(store.insertIfAbsent(dsl, row(reviewId, BundleAttachmentStore.REPORT, new byte[] {1}), NOW)).isFalse();
        assertThat(store.find(dsl, reviewId, 1)).singleElement()
                .satisfies(found -> assertThat(found.content()).containsExactly(pdf));
        assertThatThrownBy(() -> store.insertIfAbsent(dsl, row(reviewId, "letter", pdf), NOW))
                .isInstanceOf(DataAccessException.class);

        assertThat(new ReviewDeletion().deleteReview(JooqTransactions.of(dsl), reviewId)).isEqualTo(1);
        assertThat(store.find(dsl, reviewId, 1)).isEmpty();
    }

    @BothDatabases
    void aCertificateLearntFromElsewhereIsFoundByNumberAndByReview(Database database) {
        DSLContext dsl = database.dsl();
        KnownCertificateStore known = new KnownCertificateStore();
        String sha = "e".repeat(64);

        assertThat(known.learn(dsl, "CR-2026-AAAA-BBBB", sha, NOW)).isTrue();
        assertThat(known.learn(dsl, "CR-2026-AAAA-BBBB", sha, NOW)).isFalse();
        assertThat(known.numberFor(dsl, sha)).contains("CR-2026-AAAA-BBBB");
        assertThat(known.shaOf(dsl, "CR-2026-AAAA-BBBB")).contains(sha);
    }

    private static BundleAttachmentStore.Row row(UUID reviewId, String role, byte[] content) {
        return new BundleAttachmentStore.Row(reviewId, 1, role, "f".repeat(64), content, false);
    }

    private static UUID reviewIdOf(DSLContext dsl, RevisionRef ref) {
        return ref.reviewId();
    }
}
