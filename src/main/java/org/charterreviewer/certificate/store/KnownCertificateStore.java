package org.charterreviewer.certificate.store;

import static org.charterreviewer.storage.jooq.Tables.KNOWN_CERTIFICATE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Certificate numbers issued in another install for a review revision this install holds too,
 * by the SHA-256 of the review's canonical JSON. Rows are only ever added.
 */
public final class KnownCertificateStore {

    /** Records {@code certificateNumber} for the review with this SHA-256, unless it is known already. */
    public boolean learn(DSLContext tx, String certificateNumber, String reviewSha256, Instant now) {
        if (tx.fetchExists(KNOWN_CERTIFICATE, KNOWN_CERTIFICATE.CERTIFICATE_NUMBER.eq(certificateNumber))) {
            return false;
        }
        tx.insertInto(KNOWN_CERTIFICATE)
                .set(KNOWN_CERTIFICATE.CERTIFICATE_NUMBER, certificateNumber)
                .set(KNOWN_CERTIFICATE.REVIEW_SHA256, reviewSha256)
                .set(KNOWN_CERTIFICATE.LEARNT_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
        return true;
    }

    /** As {@link #learn(DSLContext, String, String, Instant)}, in a unit of work a service holds. */
    public boolean learn(org.charterreviewer.storage.Tx tx, String certificateNumber, String reviewSha256, Instant now) {
        return learn(org.charterreviewer.storage.JooqTransactions.dsl(tx), certificateNumber, reviewSha256, now);
    }

    /** As {@link #numberFor(DSLContext, String)}, in a unit of work a service holds. */
    public Optional<String> numberFor(org.charterreviewer.storage.Tx tx, String reviewSha256) {
        return numberFor(org.charterreviewer.storage.JooqTransactions.dsl(tx), reviewSha256);
    }

    /** The first certificate number learnt for the review with this SHA-256. */
    public Optional<String> numberFor(DSLContext dsl, String reviewSha256) {
        return dsl.select(KNOWN_CERTIFICATE.CERTIFICATE_NUMBER).from(KNOWN_CERTIFICATE)
                .where(KNOWN_CERTIFICATE.REVIEW_SHA256.eq(reviewSha256))
                .orderBy(KNOWN_CERTIFICATE.LEARNT_AT, KNOWN_CERTIFICATE.CERTIFICATE_NUMBER)
                .limit(1)
                .fetchOptional(KNOWN_CERTIFICATE.CERTIFICATE_NUMBER);
    }

    /** The SHA-256 of the review a known certificate number was issued for. */
    public Optional<String> shaOf(DSLContext dsl, String certificateNumber) {
        return dsl.select(KNOWN_CERTIFICATE.REVIEW_SHA256).from(KNOWN_CERTIFICATE)
                .where(KNOWN_CERTIFICATE.CERTIFICATE_NUMBER.eq(certificateNumber))
                .fetchOptional(KNOWN_CERTIFICATE.REVIEW_SHA256);
    }
}
