package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;

import java.util.Collection;
import java.util.UUID;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.impl.DSL;

/**
 * The review feature's part of real deletion: whole reviews, evidence files, and stored content nothing
 * refers to any more, each inside the caller's transaction. Deleting review rows removes their children
 * through the schema's {@code ON DELETE CASCADE} (participants, judgements, notes, voices, evidence and
 * links, actions, signatory, certificate records); evidence content is shared by hash, so it is removed
 * separately once no evidence row refers to it.
 */
public final class ReviewDeletion {

    /** Deletes every revision of a review; returns how many revision rows went. */
    public int deleteReview(Tx tx, UUID id) {
        return JooqTransactions.dsl(tx).deleteFrom(REVIEW).where(REVIEW.REVIEW_ID.eq(id)).execute();
    }

    /** Deletes the evidence rows holding {@code sha256} in every revision of a review; links go with them. */
    public int deleteEvidence(Tx tx, UUID reviewId, String sha256) {
        return JooqTransactions.dsl(tx).deleteFrom(EVIDENCE)
                .where(EVIDENCE.SHA256.eq(sha256))
                .and(EVIDENCE.REVIEW_KEY.in(DSL.select(REVIEW.REVIEW_KEY).from(REVIEW).where(REVIEW.REVIEW_ID.eq(reviewId))))
                .execute();
    }

    /** Deletes each listed content no evidence row refers to any more; returns how many went. */
    public int deleteUnusedContent(Tx tx, Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return 0;
        }
        return JooqTransactions.dsl(tx).deleteFrom(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.in(sha256s))
                .and(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(EVIDENCE_BLOB.SHA256))))
                .execute();
    }
}
