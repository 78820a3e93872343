package org.charterreviewer.certificate.store;

import static org.charterreviewer.storage.jooq.Tables.CERTIFICATE_ISSUE;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.certificate.CertificateIssue;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The certificates this install has issued, so a certificate presented later can be matched to
 * the review revision it was issued for. Rows are only ever added.
 */
public final class CertificateIssueStore {

    private final DSLContext dsl;
    private final Clock clock;

    public CertificateIssueStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records an issued certificate for {@code revision} (which must be stored), in the caller's unit of work. */
    public CertificateIssue record(Tx unit, String certificateNumber, RevisionRef revision, String reviewSha256,
            String signerName) {
        DSLContext tx = JooqTransactions.dsl(unit);
        Instant issuedAt = Instant.now(clock);
        long reviewKey = tx.select(REVIEW.REVIEW_KEY).from(REVIEW)
                .where(REVIEW.REVIEW_ID.eq(revision.reviewId()).and(REVIEW.REVISION.eq(revision.revision())))
                .fetchSingle(REVIEW.REVIEW_KEY);
        tx.insertInto(CERTIFICATE_ISSUE)
                .set(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER, certificateNumber)
                .set(CERTIFICATE_ISSUE.REVIEW_KEY, reviewKey)
                .set(CERTIFICATE_ISSUE.REVIEW_SHA256, reviewSha256)
                .set(CERTIFICATE_ISSUE.ISSUED_AT, issuedAt.atOffset(ZoneOffset.UTC))
                .set(CERTIFICATE_ISSUE.SIGNER_NAME, signerName)
                .execute();
        return new CertificateIssue(certificateNumber, revision, reviewSha256, issuedAt, signerName);
    }

    /** Records an issued certificate in its own transaction. */
    public CertificateIssue record(String certificateNumber, RevisionRef revision, String reviewSha256, String signerName) {
        return dsl.transactionResult(cfg -> record(JooqTransactions.of(cfg.dsl()), certificateNumber, revision,
                reviewSha256, signerName));
    }

    public Optional<CertificateIssue> lookup(String certificateNumber) {
        return issues().where(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER.eq(certificateNumber))
                .fetchOptional(CertificateIssueStore::toIssue);
    }

    /** True when this number is a free one: no certificate here carries it yet. */
    public boolean isUnused(String certificateNumber) {
        return lookup(certificateNumber).isEmpty();
    }

    /** True when this install issued {@code certificateNumber} for a review with exactly this SHA-256. */
    public boolean matches(String certificateNumber, String reviewSha256) {
        if (certificateNumber == null || reviewSha256 == null) {
            return false;
        }
        return lookup(certificateNumber).map(issue -> issue.reviewSha256().equals(reviewSha256)).orElse(false);
    }

    /** The certificates issued for one revision, oldest first. */
    public List<CertificateIssue> forRevision(RevisionRef revision) {
        return issues().where(REVIEW.REVIEW_ID.eq(revision.reviewId()).and(REVIEW.REVISION.eq(revision.revision())))
                .orderBy(CERTIFICATE_ISSUE.ISSUED_AT)
                .fetch(CertificateIssueStore::toIssue);
    }

    private org.jooq.SelectOnConditionStep<Record> issues() {
        return dsl.select(CERTIFICATE_ISSUE.fields()).select(REVIEW.REVIEW_ID, REVIEW.REVISION)
                .from(CERTIFICATE_ISSUE).join(REVIEW).on(REVIEW.REVIEW_KEY.eq(CERTIFICATE_ISSUE.REVIEW_KEY));
    }

    private static CertificateIssue toIssue(Record r) {
        return new CertificateIssue(r.get(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER),
                new RevisionRef(r.get(REVIEW.REVIEW_ID), r.get(REVIEW.REVISION)),
                r.get(CERTIFICATE_ISSUE.REVIEW_SHA256), r.get(CERTIFICATE_ISSUE.ISSUED_AT).toInstant(),
                r.get(CERTIFICATE_ISSUE.SIGNER_NAME));
    }
}
