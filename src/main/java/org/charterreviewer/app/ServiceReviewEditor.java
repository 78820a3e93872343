package org.charterreviewer.app;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.RevisionRef;

/**
 * A {@link ReviewEditor} on the review and evidence services, until the editing core's
 * {@code JooqReviewEditor} takes its place. The services number voices and actions across all
 * reviews, the window per review: the ids the window chose are mapped to the stored ones.
 */
final class ServiceReviewEditor implements ReviewEditor {

    private final ReviewService reviews;
    private final EvidenceService evidence;
    /** The stored id of each voice or action added through this editor, by review and the window's id. */
    private final Map<String, Long> storedIds = new ConcurrentHashMap<>();

    ServiceReviewEditor(ReviewService reviews, EvidenceService evidence) {
        this.reviews = reviews;
        this.evidence = evidence;
    }

    @Override
    public Review latest(UUID reviewId) {
        return reviews.latest(reviewId);
    }

    @Override
    public Review revision(RevisionRef ref) {
        return reviews.revision(ref.reviewId(), ref.revision());
    }

    @Override
    public Review apply(RevisionRef ref, ReviewChange change) {
        if (change instanceof ReviewChange.Amend amend) {
            return reviews.amend(ref.reviewId(), amend.reason());
        }
        long key = revision(ref).key();
        if (change instanceof ReviewChange.Judge c) {
            reviews.judge(key, c.itemId(), c.levelId());
        } else if (change instanceof ReviewChange.Flag c) {
            reviews.flag(key, c.itemId(), c.flagged());
        } else if (change instanceof ReviewChange.SetItemNote c) {
            reviews.setItemNote(key, c.itemId(), c.body(), c.internal());
        } else if (change instanceof ReviewChange.AddVoice c) {
            storedIds.put(ref.reviewId() + "/voice/" + c.voiceId(),
                    reviews.addVoice(key, c.itemId(), c.speakerRole(), c.said(), c.consentToShare()));
        } else if (change instanceof ReviewChange.UpdateVoice c) {
            reviews.updateVoice(key, stored(ref, "voice", c.voiceId()), c.speakerRole(), c.said(), c.consentToShare());
        } else if (change instanceof ReviewChange.RemoveVoice c) {
            reviews.removeVoice(key, stored(ref, "voice", c.voiceId()));
        } else if (change instanceof ReviewChange.AddAction c) {
            storedIds.put(ref.reviewId() + "/action/" + c.actionId(),
                    reviews.addAction(key, c.itemId(), c.description(), c.ownerRole(), c.dueDate()));
        } else if (change instanceof ReviewChange.UpdateAction c) {
            reviews.updateAction(key, stored(ref, "action", c.actionId()), c.description(), c.ownerRole(),
                    c.dueDate());
        } else if (change instanceof ReviewChange.SetActionDone c) {
            reviews.setActionDone(key, stored(ref, "action", c.actionId()), c.done());
        } else if (change instanceof ReviewChange.RemoveAction c) {
            reviews.removeAction(key, stored(ref, "action", c.actionId()));
        } else if (change instanceof ReviewChange.LinkEvidence c) {
            evidence.link(key, c.evidenceId(), c.itemId());
        } else if (change instanceof ReviewChange.UnlinkEvidence c) {
            evidence.unlink(key, c.evidenceId(), c.itemId());
        } else if (change instanceof ReviewChange.SetCaption c) {
            evidence.setCaption(key, c.evidenceId(), c.caption());
        } else if (change instanceof ReviewChange.SetEvidenceInternal c) {
            evidence.setInternal(key, c.evidenceId(), c.internal());
        } else if (change instanceof ReviewChange.RemoveEvidence c) {
            evidence.remove(key, c.evidenceId());
        } else if (change instanceof ReviewChange.SetVisit c) {
            reviews.setVisit(key, c.visitDate(), c.officers());
        } else if (change instanceof ReviewChange.SetParticipants c) {
            reviews.setParticipants(key, c.participants());
        } else if (change instanceof ReviewChange.RecordDecision c) {
            reviews.recordDecision(key, c.decision(), c.summary(), c.overrideReason());
        } else if (change instanceof ReviewChange.RecordSignatory c) {
            reviews.recordSignatory(key, c.signatory());
        } else if (change instanceof ReviewChange.Finalise) {
            reviews.finalise(key);
        } else {
            throw new InvalidInputException(Messages.tr("review.error.unexpected"));
        }
        return reviews.load(key);
    }

    private long stored(RevisionRef ref, String kind, long id) {
        return storedIds.getOrDefault(ref.reviewId() + "/" + kind + "/" + id, id);
    }
}
