package org.charterreviewer.review.store;

import java.time.OffsetDateTime;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Judgement;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.Voice;
import org.jooq.DSLContext;

/**
 * Writes the rows one change touches, taking the values from the review after the change (as the
 * pure apply worked it out), so what is stored is exactly what the window shows.
 */
final class ChangeWriter {

    private final ReviewStore store;
    private final EvidenceStore evidence;

    ChangeWriter(ReviewStore store, EvidenceStore evidence) {
        this.store = store;
        this.evidence = evidence;
    }

    /**
     * What was written: the key of the revision (a new one for an amendment) and whether the review
     * must be read back because the database numbered new rows.
     */
    record Written(long key, boolean readBack) {
    }

    Written write(DSLContext tx, long key, Review before, Review after, ReviewChange change, OffsetDateTime now) {
        if (change instanceof ReviewChange.Amend) {
            long newKey = store.insertReview(tx, after.id(), after.revision(), before.school().schoolId(), after.charter(),
                    after.visitDate(), after.officers(), now);
            store.copyChildren(tx, key, newKey, before, now);
            store.setAmendmentReason(tx, newKey, after.amendmentReason());
            return new Written(newKey, true);
        }
        if (change instanceof ReviewChange.Finalise) {
            store.finalise(tx, key, after.computedOutcome(), after.awardLevel(), after.awardedOn(), after.validUntil(), now,
                    after.finalisedBy());
            return new Written(key, false);
        }
        writeChild(tx, key, before, after, change, now);
        store.touch(tx, key, now);
        return new Written(key, change instanceof ReviewChange.AttachEvidence);
    }

    private void writeChild(DSLContext tx, long key, Review before, Review after, ReviewChange change,
            OffsetDateTime now) {
        if (change instanceof ReviewChange.Judge c) {
            writeJudgement(tx, key, after, c.itemId(), now);
        } else if (change instanceof ReviewChange.Flag c) {
            writeJudgement(tx, key, after, c.itemId(), now);
        } else if (change instanceof ReviewChange.SetItemNote c) {
            store.setItemNote(tx, key, c.itemId(), after.itemNote(c.itemId()).orElse(null), now);
        } else if (change instanceof ReviewChange.AddReviewNote c) {
            store.insertNote(tx, key, note(after, c.noteId()), now);
        } else if (change instanceof ReviewChange.UpdateNote c) {
            Note n = note(after, c.noteId());
            store.updateNote(tx, key, n.id(), n.body(), n.internal(), now);
        } else if (change instanceof ReviewChange.RemoveNote c) {
            store.deleteNote(tx, key, c.noteId());
        } else if (change instanceof ReviewChange.AddVoice c) {
            store.insertVoice(tx, key, voice(after, c.voiceId()), now);
        } else if (change instanceof ReviewChange.UpdateVoice c) {
            store.updateVoice(tx, key, voice(after, c.voiceId()), now);
        } else if (change instanceof ReviewChange.RemoveVoice c) {
            store.deleteVoice(tx, key, c.voiceId());
        } else if (change instanceof ReviewChange.AddAction c) {
            store.insertAction(tx, key, action(after, c.actionId()), now);
        } else if (change instanceof ReviewChange.UpdateAction c) {
            store.updateAction(tx, key, action(after, c.actionId()), now);
        } else if (change instanceof ReviewChange.SetActionDone c) {
            store.updateAction(tx, key, action(after, c.actionId()), now);
        } else if (change instanceof ReviewChange.RemoveAction c) {
            store.deleteAction(tx, key, c.actionId());
        } else if (change instanceof ReviewChange.AttachEvidence) {
            // The file the pure apply added last, numbered by the database here.
            evidence.insertWithLinks(tx, key, after.evidence().get(after.evidence().size() - 1));
        } else if (change instanceof ReviewChange.LinkEvidence c) {
            evidence.link(tx, c.evidenceId(), c.itemId());
        } else if (change instanceof ReviewChange.UnlinkEvidence c) {
            evidence.unlink(tx, c.evidenceId(), c.itemId());
        } else if (change instanceof ReviewChange.SetCaption c) {
            evidence.setCaption(tx, c.evidenceId(), c.caption());
        } else if (change instanceof ReviewChange.SetEvidenceInternal c) {
            evidence.setInternal(tx, c.evidenceId(), c.internal());
        } else if (change instanceof ReviewChange.RemoveEvidence c) {
            evidence.remove(tx, c.evidenceId(), before.evidence(c.evidenceId()).orElseThrow().sha256());
        } else if (change instanceof ReviewChange.SetVisit) {
            store.setVisit(tx, key, after.visitDate(), after.officers());
        } else if (change instanceof ReviewChange.SetParticipants) {
            store.replaceParticipants(tx, key, after.participants());
        } else if (change instanceof ReviewChange.RecordDecision) {
            store.setDecision(tx, key, after.decision());
        } else if (change instanceof ReviewChange.RecordSignatory || change instanceof ReviewChange.AddSignatory
                || change instanceof ReviewChange.UpdateSignatory || change instanceof ReviewChange.RemoveSignatory) {
            store.setSignatories(tx, key, after.signatories());
        }
    }

    private void writeJudgement(DSLContext tx, long key, Review after, String itemId, OffsetDateTime now) {
        Judgement j = after.judgements().get(itemId);
        store.writeJudgement(tx, key, itemId, j == null ? null : j.levelId(), j != null && j.flagged(), now);
    }

    private static Note note(Review review, long id) {
        return review.notes().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    private static Voice voice(Review review, long id) {
        return review.voices().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private static FollowUpAction action(Review review, long id) {
        return review.actions().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
