package org.charterreviewer.review.store;

import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/**
 * What the audit log says about a change: an event name and a detail naming items and entries by
 * id only (never what was written: the log holds nothing personal).
 */
final class ChangeAudit {

    private ChangeAudit() {
    }

    static String event(ReviewChange change) {
        if (change instanceof ReviewChange.Judge) {
            return "review.judged";
        } else if (change instanceof ReviewChange.Flag) {
            return "review.flagged";
        } else if (change instanceof ReviewChange.SetItemNote || change instanceof ReviewChange.UpdateNote) {
            return "review.noteChanged";
        } else if (change instanceof ReviewChange.AddReviewNote) {
            return "review.noteAdded";
        } else if (change instanceof ReviewChange.RemoveNote) {
            return "review.noteRemoved";
        } else if (change instanceof ReviewChange.AddVoice) {
            return "review.voiceAdded";
        } else if (change instanceof ReviewChange.UpdateVoice) {
            return "review.voiceChanged";
        } else if (change instanceof ReviewChange.RemoveVoice) {
            return "review.voiceRemoved";
        } else if (change instanceof ReviewChange.AddAction) {
            return "review.actionAdded";
        } else if (change instanceof ReviewChange.UpdateAction || change instanceof ReviewChange.SetActionDone) {
            return "review.actionChanged";
        } else if (change instanceof ReviewChange.RemoveAction) {
            return "review.actionRemoved";
        } else if (change instanceof ReviewChange.AttachEvidence) {
            return "evidence.attached";
        } else if (change instanceof ReviewChange.LinkEvidence) {
            return "evidence.linked";
        } else if (change instanceof ReviewChange.UnlinkEvidence) {
            return "evidence.unlinked";
        } else if (change instanceof ReviewChange.SetCaption) {
            return "evidence.captioned";
        } else if (change instanceof ReviewChange.SetEvidenceInternal) {
            return "evidence.internalChanged";
        } else if (change instanceof ReviewChange.RemoveEvidence) {
            return "evidence.removed";
        } else if (change instanceof ReviewChange.SetVisit) {
            return "review.visitChanged";
        } else if (change instanceof ReviewChange.SetParticipants) {
            return "review.participantsChanged";
        } else if (change instanceof ReviewChange.RecordDecision) {
            return "review.decisionRecorded";
        } else if (change instanceof ReviewChange.RecordSignatory || change instanceof ReviewChange.AddSignatory
                || change instanceof ReviewChange.UpdateSignatory || change instanceof ReviewChange.RemoveSignatory) {
            return "review.signatoryRecorded";
        } else if (change instanceof ReviewChange.Finalise) {
            return "review.finalised";
        }
        return "review.amended";
    }

    /** The detail after "revision N; ". */
    static String detail(ReviewChange change, Review after) {
        if (change instanceof ReviewChange.Judge c) {
            return "item " + c.itemId() + " " + (c.levelId() == null ? "cleared" : c.levelId());
        } else if (change instanceof ReviewChange.Flag c) {
            return "item " + c.itemId() + (c.flagged() ? " flagged" : " unflagged");
        } else if (change instanceof ReviewChange.SetItemNote c) {
            return "item " + c.itemId() + " note";
        } else if (change instanceof ReviewChange.AddReviewNote c) {
            return "review note " + c.noteId();
        } else if (change instanceof ReviewChange.UpdateNote c) {
            return "note " + c.noteId();
        } else if (change instanceof ReviewChange.RemoveNote c) {
            return "note " + c.noteId();
        } else if (change instanceof ReviewChange.AddVoice c) {
            return (c.itemId() == null ? "review voice " : "item " + c.itemId() + " voice ") + c.voiceId();
        } else if (change instanceof ReviewChange.UpdateVoice c) {
            return "voice " + c.voiceId();
        } else if (change instanceof ReviewChange.RemoveVoice c) {
            return "voice " + c.voiceId();
        } else if (change instanceof ReviewChange.AddAction c) {
            return (c.itemId() == null ? "review action " : "item " + c.itemId() + " action ") + c.actionId();
        } else if (change instanceof ReviewChange.UpdateAction c) {
            return "action " + c.actionId();
        } else if (change instanceof ReviewChange.SetActionDone c) {
            return "action " + c.actionId() + (c.done() ? " done" : " reopened");
        } else if (change instanceof ReviewChange.RemoveAction c) {
            return "action " + c.actionId();
        } else if (change instanceof ReviewChange.AttachEvidence c) {
            return "evidence " + c.sha256().substring(0, Math.min(12, c.sha256().length())) + " linked to " + c.itemIds();
        } else if (change instanceof ReviewChange.LinkEvidence c) {
            return "evidence " + c.evidenceId() + " to item " + c.itemId();
        } else if (change instanceof ReviewChange.UnlinkEvidence c) {
            return "evidence " + c.evidenceId() + " from item " + c.itemId();
        } else if (change instanceof ReviewChange.SetCaption c) {
            return "evidence " + c.evidenceId();
        } else if (change instanceof ReviewChange.SetEvidenceInternal c) {
            return "evidence " + c.evidenceId() + (c.internal() ? " internal" : " shared");
        } else if (change instanceof ReviewChange.RemoveEvidence c) {
            return "evidence " + c.evidenceId();
        } else if (change instanceof ReviewChange.SetVisit) {
            return "visit date and officers";
        } else if (change instanceof ReviewChange.SetParticipants c) {
            return c.participants().size() + " participants";
        } else if (change instanceof ReviewChange.RecordDecision c) {
            return c.decision().name() + (after.decision().overrideReason() != null ? " (override)" : "");
        } else if (change instanceof ReviewChange.RecordSignatory c) {
            return c.signatory() == null ? "first signatory removed"
                    : "consent to publish " + (c.signatory().consentToPublish() ? "yes" : "no");
        } else if (change instanceof ReviewChange.AddSignatory c) {
            return "signatory " + after.signatories().size() + " added; consent to publish "
                    + (c.signatory().consentToPublish() ? "yes" : "no");
        } else if (change instanceof ReviewChange.UpdateSignatory c) {
            return "signatory " + (c.index() + 1) + " changed; consent to publish "
                    + (c.signatory().consentToPublish() ? "yes" : "no");
        } else if (change instanceof ReviewChange.RemoveSignatory c) {
            return "signatory " + (c.index() + 1) + " removed";
        } else if (change instanceof ReviewChange.Finalise) {
            return "outcome " + after.computedOutcome() + "; decision " + after.decision().decision();
        }
        return "from revision " + (after.revision() - 1);
    }
}
