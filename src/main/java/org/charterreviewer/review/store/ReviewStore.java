package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.FOLLOW_UP_ACTION;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;
import static org.charterreviewer.storage.jooq.Tables.NOTE;
import static org.charterreviewer.storage.jooq.Tables.PARTICIPANT;
import static org.charterreviewer.storage.jooq.Tables.PLEDGE_SIGNATORY;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.VOICE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.ComputedOutcome;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Judgement;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.Voice;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Writes a review revision's row and its children, inside the caller's transaction. Only this
 * package writes review tables; the editor, the import and a new review's start decide what.
 */
final class ReviewStore {

    private final EvidenceStore evidence;

    ReviewStore(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    // --- writing ---------------------------------------------------------------------------------

    long insertReview(DSLContext tx, UUID id, int revision, long schoolId, CharterRef charter, LocalDate visitDate,
            List<String> officers, OffsetDateTime now) {
        return tx.insertInto(REVIEW)
                .set(REVIEW.REVIEW_ID, id)
                .set(REVIEW.REVISION, revision)
                .set(REVIEW.SCHOOL_ID, schoolId)
                .set(REVIEW.CHARTER_ID, charter.id())
                .set(REVIEW.CHARTER_VERSION, charter.version())
                .set(REVIEW.CHARTER_SHA256, charter.sha256())
                .set(REVIEW.VISIT_DATE, visitDate)
                .set(REVIEW.OFFICERS, ReviewReader.joinOfficers(officers))
                .set(REVIEW.STATUS, ReviewStatus.IN_PROGRESS.name())
                .set(REVIEW.CREATED_AT, now)
                .set(REVIEW.UPDATED_AT, now)
                .returning(REVIEW.REVIEW_KEY)
                .fetchSingle(REVIEW.REVIEW_KEY);
    }

    void touch(DSLContext tx, long key, OffsetDateTime now) {
        tx.update(REVIEW).set(REVIEW.UPDATED_AT, now).where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    void setVisit(DSLContext tx, long key, LocalDate visitDate, List<String> officers) {
        tx.update(REVIEW).set(REVIEW.VISIT_DATE, visitDate).set(REVIEW.OFFICERS, ReviewReader.joinOfficers(officers))
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    void replaceParticipants(DSLContext tx, long key, List<Participant> participants) {
        tx.deleteFrom(PARTICIPANT).where(PARTICIPANT.REVIEW_KEY.eq(key)).execute();
        int position = 0;
        for (Participant p : participants) {
            tx.insertInto(PARTICIPANT)
                    .set(PARTICIPANT.REVIEW_KEY, key)
                    .set(PARTICIPANT.POSITION, position++)
                    .set(PARTICIPANT.PARTICIPANT_ROLE, p.role())
                    .set(PARTICIPANT.DESCRIPTION, p.description())
                    .execute();
        }
    }

    void writeJudgement(DSLContext tx, long key, String itemId, String levelId, boolean flagged, OffsetDateTime now) {
        if (levelId == null && !flagged) {
            tx.deleteFrom(JUDGEMENT).where(JUDGEMENT.REVIEW_KEY.eq(key).and(JUDGEMENT.ITEM_ID.eq(itemId))).execute();
            return;
        }
        // ON CONFLICT, not MERGE: jOOQ writes it for PostgreSQL (MERGE needs 15) and as MERGE for H2.
        tx.insertInto(JUDGEMENT, JUDGEMENT.REVIEW_KEY, JUDGEMENT.ITEM_ID, JUDGEMENT.LEVEL_ID, JUDGEMENT.FLAGGED,
                        JUDGEMENT.UPDATED_AT)
                .values(key, itemId, levelId, flagged, now)
                .onConflict(JUDGEMENT.REVIEW_KEY, JUDGEMENT.ITEM_ID)
                .doUpdate()
                .set(JUDGEMENT.LEVEL_ID, levelId)
                .set(JUDGEMENT.FLAGGED, flagged)
                .set(JUDGEMENT.UPDATED_AT, now)
                .execute();
    }

    /** Writes the one note of an item as {@code note} gives it, or removes it when {@code note} is null. */
    void setItemNote(DSLContext tx, long key, String itemId, Note note, OffsetDateTime now) {
        Condition itsNote = NOTE.REVIEW_KEY.eq(key).and(NOTE.ITEM_ID.eq(itemId));
        if (note == null) {
            tx.deleteFrom(NOTE).where(itsNote).execute();
            return;
        }
        int updated = tx.update(NOTE).set(NOTE.BODY, note.body()).set(NOTE.INTERNAL, note.internal())
                .set(NOTE.UPDATED_AT, now).where(itsNote).execute();
        if (updated == 0) {
            insertNote(tx, key, note, now);
        }
    }

    void insertNote(DSLContext tx, long key, Note note, OffsetDateTime now) {
        tx.insertInto(NOTE)
                .set(NOTE.REVIEW_KEY, key).set(NOTE.ENTRY_NO, note.id()).set(NOTE.ITEM_ID, note.itemId())
                .set(NOTE.BODY, note.body()).set(NOTE.INTERNAL, note.internal())
                .set(NOTE.CREATED_AT, now).set(NOTE.UPDATED_AT, now)
                .execute();
    }

    int updateNote(DSLContext tx, long key, long noteNo, String body, boolean internal, OffsetDateTime now) {
        return tx.update(NOTE).set(NOTE.BODY, body).set(NOTE.INTERNAL, internal).set(NOTE.UPDATED_AT, now)
                .where(NOTE.REVIEW_KEY.eq(key).and(NOTE.ENTRY_NO.eq(noteNo))).execute();
    }

    int deleteNote(DSLContext tx, long key, long noteNo) {
        return tx.deleteFrom(NOTE).where(NOTE.REVIEW_KEY.eq(key).and(NOTE.ENTRY_NO.eq(noteNo))).execute();
    }

    void insertVoice(DSLContext tx, long key, Voice v, OffsetDateTime now) {
        tx.insertInto(VOICE)
                .set(VOICE.REVIEW_KEY, key).set(VOICE.ENTRY_NO, v.id()).set(VOICE.ITEM_ID, v.itemId())
                .set(VOICE.SPEAKER_ROLE, v.speakerRole()).set(VOICE.SAID, v.said())
                .set(VOICE.CONSENT_TO_SHARE, v.consentToShare())
                .set(VOICE.CREATED_AT, now).set(VOICE.UPDATED_AT, now)
                .execute();
    }

    int updateVoice(DSLContext tx, long key, Voice v, OffsetDateTime now) {
        return tx.update(VOICE).set(VOICE.SPEAKER_ROLE, v.speakerRole()).set(VOICE.SAID, v.said())
                .set(VOICE.CONSENT_TO_SHARE, v.consentToShare()).set(VOICE.UPDATED_AT, now)
                .where(VOICE.REVIEW_KEY.eq(key).and(VOICE.ENTRY_NO.eq(v.id()))).execute();
    }

    int deleteVoice(DSLContext tx, long key, long voiceNo) {
        return tx.deleteFrom(VOICE).where(VOICE.REVIEW_KEY.eq(key).and(VOICE.ENTRY_NO.eq(voiceNo)))
                .execute();
    }

    void insertAction(DSLContext tx, long key, FollowUpAction a, OffsetDateTime now) {
        tx.insertInto(FOLLOW_UP_ACTION)
                .set(FOLLOW_UP_ACTION.REVIEW_KEY, key).set(FOLLOW_UP_ACTION.ENTRY_NO, a.id())
                .set(FOLLOW_UP_ACTION.ITEM_ID, a.itemId())
                .set(FOLLOW_UP_ACTION.DESCRIPTION, a.description()).set(FOLLOW_UP_ACTION.OWNER_ROLE, a.ownerRole())
                .set(FOLLOW_UP_ACTION.DUE_DATE, a.dueDate()).set(FOLLOW_UP_ACTION.DONE, a.done())
                .set(FOLLOW_UP_ACTION.CREATED_AT, now).set(FOLLOW_UP_ACTION.UPDATED_AT, now)
                .execute();
    }

    /** Writes an action's description, owner, due date and whether it is done. */
    int updateAction(DSLContext tx, long key, FollowUpAction a, OffsetDateTime now) {
        return tx.update(FOLLOW_UP_ACTION).set(FOLLOW_UP_ACTION.DESCRIPTION, a.description())
                .set(FOLLOW_UP_ACTION.OWNER_ROLE, a.ownerRole()).set(FOLLOW_UP_ACTION.DUE_DATE, a.dueDate())
                .set(FOLLOW_UP_ACTION.DONE, a.done()).set(FOLLOW_UP_ACTION.UPDATED_AT, now)
                .where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key).and(FOLLOW_UP_ACTION.ENTRY_NO.eq(a.id()))).execute();
    }

    int deleteAction(DSLContext tx, long key, long actionNo) {
        return tx.deleteFrom(FOLLOW_UP_ACTION)
                .where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key).and(FOLLOW_UP_ACTION.ENTRY_NO.eq(actionNo))).execute();
    }

    void setDecision(DSLContext tx, long key, RecordedDecision decision) {
        tx.update(REVIEW)
                .set(REVIEW.DECISION, decision == null ? null : decision.decision().name())
                .set(REVIEW.DECISION_SUMMARY, decision == null ? null : decision.summary())
                .set(REVIEW.OVERRIDE_REASON, decision == null ? null : decision.overrideReason())
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    /** Replaces the revision's signatories with {@code signatories}, in their order. */
    void setSignatories(DSLContext tx, long key, List<PledgeSignatory> signatories) {
        tx.deleteFrom(PLEDGE_SIGNATORY).where(PLEDGE_SIGNATORY.REVIEW_KEY.eq(key)).execute();
        for (int i = 0; i < signatories.size(); i++) {
            PledgeSignatory s = signatories.get(i);
            tx.insertInto(PLEDGE_SIGNATORY)
                    .set(PLEDGE_SIGNATORY.REVIEW_KEY, key)
                    .set(PLEDGE_SIGNATORY.SIGNATORY_ORDER, i)
                    .set(PLEDGE_SIGNATORY.SIGNATORY_NAME, s.name())
                    .set(PLEDGE_SIGNATORY.SIGNATORY_ROLE, s.role())
                    .set(PLEDGE_SIGNATORY.ORGANISATION, s.organisation())
                    .set(PLEDGE_SIGNATORY.SIGNED_ON, s.signedOn())
                    .set(PLEDGE_SIGNATORY.CONSENT_TO_PUBLISH, s.consentToPublish())
                    .execute();
        }
    }

    void finalise(DSLContext tx, long key, ComputedOutcome outcome, ReachedLevel level, LocalDate awardedOn,
            LocalDate validUntil, OffsetDateTime at, String by) {
        tx.update(REVIEW)
                .set(REVIEW.STATUS, ReviewStatus.FINALISED.name())
                .set(REVIEW.COMPUTED_OUTCOME, outcome.name())
                .set(REVIEW.AWARD_LEVEL_ID, level == null ? null : level.id())
                .set(REVIEW.AWARD_LEVEL_NAME, level == null ? null : level.name())
                .set(REVIEW.AWARDED_ON, awardedOn)
                .set(REVIEW.VALID_UNTIL, validUntil)
                .set(REVIEW.FINALISED_AT, at)
                .set(REVIEW.FINALISED_BY, by)
                .set(REVIEW.UPDATED_AT, at)
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    /** Writes the state of a finished revision as it was (used by import). */
    void restoreFinalState(DSLContext tx, long key, Review review) {
        tx.update(REVIEW)
                .set(REVIEW.STATUS, review.status().name())
                .set(REVIEW.COMPUTED_OUTCOME, review.computedOutcome() == null ? null : review.computedOutcome().name())
                .set(REVIEW.AWARD_LEVEL_ID, review.awardLevel() == null ? null : review.awardLevel().id())
                .set(REVIEW.AWARD_LEVEL_NAME, review.awardLevel() == null ? null : review.awardLevel().name())
                .set(REVIEW.AWARDED_ON, review.awardedOn())
                .set(REVIEW.VALID_UNTIL, review.validUntil())
                .set(REVIEW.FINALISED_AT, ReviewReader.offset(review.finalisedAt()))
                .set(REVIEW.FINALISED_BY, review.finalisedBy())
                .set(REVIEW.AMENDMENT_REASON, review.amendmentReason())
                .set(REVIEW.CREATED_AT, ReviewReader.offset(review.createdAt()))
                .set(REVIEW.UPDATED_AT, ReviewReader.offset(review.updatedAt()))
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    void setAmendmentReason(DSLContext tx, long key, String reason) {
        tx.update(REVIEW).set(REVIEW.AMENDMENT_REASON, reason).where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    /**
     * Copies every child of revision {@code from} to revision {@code to}: participants, judgements,
     * notes, voices, actions, evidence with its links (the blobs are shared), the signatories.
     */
    void copyChildren(DSLContext tx, long from, long to, Review source, OffsetDateTime now) {
        replaceParticipants(tx, to, source.participants());
        for (Judgement j : source.judgements().values()) {
            writeJudgement(tx, to, j.itemId(), j.levelId(), j.flagged(), now);
        }
        for (Note n : source.notes()) {
            insertNote(tx, to, n, now);
        }
        for (Voice v : source.voices()) {
            insertVoice(tx, to, v, now);
        }
        for (FollowUpAction a : source.actions()) {
            insertAction(tx, to, a, now);
        }
        for (EvidenceFile e : source.evidence()) {
            evidence.insertWithLinks(tx, to, e);
        }
        setSignatories(tx, to, source.signatories());
        setDecision(tx, to, source.decision());
    }
}
