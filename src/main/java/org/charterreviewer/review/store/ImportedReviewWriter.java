package org.charterreviewer.review.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.Voice;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;

/**
 * Writes a revision read from a review file, as it was (status, outcome and dates included), inside
 * the import's transaction. The evidence content it names must be stored already; the school is the
 * school register's, matched or added by it before.
 */
public final class ImportedReviewWriter {

    private final ReviewStore store;
    private final EvidenceStore evidence;

    public ImportedReviewWriter(EvidenceStore evidence) {
        this.evidence = evidence;
        this.store = new ReviewStore(evidence);
    }

    /** Writes {@code d} as a new revision of school {@code schoolId}; returns its name. */
    public RevisionRef write(Tx unit, ReviewDocument d, long schoolId, Instant now) {
        DSLContext tx = JooqTransactions.dsl(unit);
        OffsetDateTime at = ReviewReader.offset(now);
        CharterRef ref = new CharterRef(d.charter().id(), d.charter().version(), d.charter().sha256());
        long key = store.insertReview(tx, d.reviewId(), d.revision(), schoolId, ref, d.visit().date(),
                d.visit().officers(), at);
        store.replaceParticipants(tx, key, d.participants().stream()
                .map(p -> new Participant(p.role(), p.description())).toList());
        store.insertJudgements(tx, key, d.judgements(), at);
        // A review file lists entries in order without numbers; they are numbered 1, 2, 3 here.
        long entry = 0;
        for (ReviewDocument.NotePart n : d.notes()) {
            store.insertNote(tx, key, new Note(++entry, n.itemId(), n.body(), n.internal()), at);
        }
        entry = 0;
        for (ReviewDocument.VoicePart v : d.voices()) {
            store.insertVoice(tx, key, new Voice(++entry, v.itemId(), v.speakerRole(), v.said(), v.consentToShare()), at);
        }
        entry = 0;
        for (ReviewDocument.ActionPart a : d.actions()) {
            store.insertAction(tx, key, new FollowUpAction(++entry, a.itemId(), a.description(), a.ownerRole(),
                    a.dueDate(), a.done()), at);
        }
        Map<Integer, Long> evidenceIds = new HashMap<>();
        for (ReviewDocument.EvidencePart e : d.evidence()) {
            evidenceIds.put(e.id(), evidence.insertEvidence(tx, key, e.sha256(), e.name(), e.caption(), e.internal(),
                    e.metadataRemoved(), ReviewReader.offset(e.addedAt())));
        }
        CrashPoints.reached(CrashPoints.MID_REVIEW_IMPORT);
        for (ReviewDocument.LinkPart link : d.evidenceLinks()) {
            evidence.link(tx, evidenceIds.get(link.evidence()), link.itemId());
        }
        store.setSignatories(tx, key, d.pledgeSignatories());
        if (d.decision() != null) {
            store.setDecision(tx, key, new RecordedDecision(d.decision().decision(), d.decision().summary(),
                    d.decision().overrideReason()));
        }
        store.restoreFinalState(tx, key, new Review(d.reviewId(), d.revision(), d.status(), null, ref,
                d.visit().date(), d.visit().officers(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                d.outcome(), d.awardLevel() == null ? null : new ReachedLevel(d.awardLevel().id(), d.awardLevel().name()),
                null, d.awardedOn(), d.validUntil(), null, d.finalisedAt(), d.finalisedBy(),
                d.amendmentReason(), d.createdAt(), d.updatedAt()));
        return new RevisionRef(d.reviewId(), d.revision());
    }
}
