package org.charterreviewer.certificate.store;

import org.charterreviewer.certificate.CertificateIssue;
import static org.charterreviewer.storage.jooq.Tables.CERTIFICATE_ISSUE;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The certificates this install has issued, so a certificate presented later can be matched to
 * the review it was issued for. Rows are only ever added.
 */
public final class CertificateIssueStore {

    private final DSLContext dsl;
    private final Clock clock;

    public CertificateIssueStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records an issued certificate, within the caller's transaction {@code tx}. */
    public CertificateIssue record(DSLContext tx, String certificateNumber, long reviewKey, String reviewSha256,
            String signerName) {
        Instant issuedAt = Instant.now(clock);
        tx.insertInto(CERTIFICATE_ISSUE)
                .set(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER, certificateNumber)
                .set(CERTIFICATE_ISSUE.REVIEW_KEY, reviewKey)
                .set(CERTIFICATE_ISSUE.REVIEW_SHA256, reviewSha256)
                .set(CERTIFICATE_ISSUE.ISSUED_AT, issuedAt.atOffset(ZoneOffset.UTC))
                .set(CERTIFICATE_ISSUE.SIGNER_NAME, signerName)
                .execute();
        return new CertificateIssue(certificateNumber, reviewKey, reviewSha256, issuedAt, signerName);
    }

    /** Records an issued certificate in its own transaction. */
    public CertificateIssue record(String certificateNumber, long reviewKey, String reviewSha256, String signerName) {
        return dsl.transactionResult(cfg -> record(cfg.dsl(), certificateNumber, reviewKey, reviewSha256, signerName));
    }

    public Optional<CertificateIssue> lookup(String certificateNumber) {
        return dsl.selectFrom(CERTIFICATE_ISSUE)
                .where(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER.eq(certificateNumber))
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

    public List<CertificateIssue> forReview(long reviewKey) {
        return dsl.selectFrom(CERTIFICATE_ISSUE)
                .where(CERTIFICATE_ISSUE.REVIEW_KEY.eq(reviewKey))
                .orderBy(CERTIFICATE_ISSUE.ISSUED_AT)
                .fetch(CertificateIssueStore::toIssue);
    }

    private static CertificateIssue toIssue(Record r) {
        return new CertificateIssue(r.get(CERTIFICATE_ISSUE.CERTIFICATE_NUMBER), r.get(CERTIFICATE_ISSUE.REVIEW_KEY),
                r.get(CERTIFICATE_ISSUE.REVIEW_SHA256), r.get(CERTIFICATE_ISSUE.ISSUED_AT).toInstant(),
                r.get(CERTIFICATE_ISSUE.SIGNER_NAME));
    }
}
