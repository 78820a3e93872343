package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;

/**
 * Whether a change may be made to a review as it stands, against its pinned charter. Every editor
 * runs these checks before it applies a change, so the rules live in one place. A refusal is an
 * {@link InvalidInputException} whose message is written for the officer.
 */
public final class ChangeRules {

    private ChangeRules() {
    }

    /** Throws a plain-words {@link InvalidInputException} when {@code change} may not be made to {@code review}. */
    public static void check(Charter charter, Review review, ReviewChange change) {
        if (change instanceof ReviewChange.Amend amend) {
            requireText(amend.reason(), "review.field.amendmentReason");
            if (!review.isFinalised()) {
                throw new InvalidInputException(tr("review.error.amendInProgress"));
            }
            return;
        }
        requireInProgress(review.status());
        if (change instanceof ReviewChange.Judge judge) {
            requireJudgedItem(charter, judge.itemId());
            if (judge.levelId() != null && charter.scale().level(judge.levelId()).isEmpty()) {
                throw new InvalidInputException(tr("review.error.noSuchLevel", judge.levelId(), charter.reference()));
            }
        } else if (change instanceof ReviewChange.Flag flag) {
            requireItem(charter, flag.itemId());
        } else if (change instanceof ReviewChange.SetItemNote note) {
            requireItem(charter, note.itemId());
        } else if (change instanceof ReviewChange.AddReviewNote add) {
            requireText(add.body(), "review.field.note");
            requireNew(review.notes().stream().anyMatch(n -> n.id() == add.noteId()));
        } else if (change instanceof ReviewChange.UpdateNote update) {
            requireText(update.body(), "review.field.note");
            requireFound(review.notes().stream().anyMatch(n -> n.id() == update.noteId()));
        } else if (change instanceof ReviewChange.RemoveNote remove) {
            requireFound(review.notes().stream().anyMatch(n -> n.id() == remove.noteId()));
        } else if (change instanceof ReviewChange.AddVoice add) {
            requireText(add.speakerRole(), "review.field.speakerRole");
            requireText(add.said(), "review.field.said");
            ReviewFieldLimits.require(ReviewFieldLimits.Field.SPEAKER_ROLE, add.speakerRole());
            requireItemOrWhole(charter, add.itemId());
            requireNew(review.voices().stream().anyMatch(v -> v.id() == add.voiceId()));
        } else if (change instanceof ReviewChange.UpdateVoice update) {
            requireText(update.speakerRole(), "review.field.speakerRole");
            requireText(update.said(), "review.field.said");
            ReviewFieldLimits.require(ReviewFieldLimits.Field.SPEAKER_ROLE, update.speakerRole());
            requireFound(review.voices().stream().anyMatch(v -> v.id() == update.voiceId()));
        } else if (change instanceof ReviewChange.RemoveVoice remove) {
            requireFound(review.voices().stream().anyMatch(v -> v.id() == remove.voiceId()));
        } else if (change instanceof ReviewChange.AddAction add) {
            requireText(add.description(), "review.field.action");
            ReviewFieldLimits.require(ReviewFieldLimits.Field.OWNER_ROLE, add.ownerRole());
            requireItemOrWhole(charter, add.itemId());
            requireNew(review.actions().stream().anyMatch(a -> a.id() == add.actionId()));
        } else if (change instanceof ReviewChange.UpdateAction update) {
            requireText(update.description(), "review.field.action");
            ReviewFieldLimits.require(ReviewFieldLimits.Field.OWNER_ROLE, update.ownerRole());
            requireAction(review, update.actionId());
        } else if (change instanceof ReviewChange.SetActionDone done) {
            requireAction(review, done.actionId());
        } else if (change instanceof ReviewChange.RemoveAction remove) {
            requireAction(review, remove.actionId());
        } else if (change instanceof ReviewChange.AttachEvidence attach) {
            ReviewFieldLimits.require(ReviewFieldLimits.Field.EVIDENCE_NAME, attach.originalName());
            ReviewFieldLimits.require(ReviewFieldLimits.Field.CAPTION, attach.caption());
            attach.itemIds().forEach(itemId -> requireItem(charter, itemId));
        } else if (change instanceof ReviewChange.LinkEvidence link) {
            requireItem(charter, link.itemId());
            requireEvidence(review, link.evidenceId());
        } else if (change instanceof ReviewChange.UnlinkEvidence unlink) {
            requireEvidence(review, unlink.evidenceId());
        } else if (change instanceof ReviewChange.SetCaption caption) {
            ReviewFieldLimits.require(ReviewFieldLimits.Field.CAPTION, caption.caption());
            requireEvidence(review, caption.evidenceId());
        } else if (change instanceof ReviewChange.SetEvidenceInternal internal) {
            requireEvidence(review, internal.evidenceId());
        } else if (change instanceof ReviewChange.RemoveEvidence remove) {
            requireEvidence(review, remove.evidenceId());
        } else if (change instanceof ReviewChange.SetVisit visit) {
            // Any date and any officers (blank names are dropped by the change itself), within the column's size.
            ReviewFieldLimits.requireOfficers(visit.officers());
        } else if (change instanceof ReviewChange.SetParticipants participants) {
            requireParticipants(participants.participants());
        } else if (change instanceof ReviewChange.RecordDecision decision) {
            Outcome outcome = new AwardEvaluator().evaluate(charter, review);
            if (isOverride(outcome, decision.decision()) && decision.overrideReason() == null) {
                throw new InvalidInputException(tr("review.error.overrideNeedsReason"));
            }
        } else if (change instanceof ReviewChange.RecordSignatory signatory) {
            checkSignatory(charter, signatory.signatory());
        } else if (change instanceof ReviewChange.AddSignatory add) {
            checkSignatory(charter, add.signatory());
        } else if (change instanceof ReviewChange.UpdateSignatory update) {
            checkSignatory(charter, update.signatory());
            requireFound(update.index() >= 0 && update.index() < review.signatories().size());
        } else if (change instanceof ReviewChange.RemoveSignatory remove) {
            requireFound(remove.index() >= 0 && remove.index() < review.signatories().size());
        } else if (change instanceof ReviewChange.Finalise) {
            if (review.decision() == null) {
                throw new InvalidInputException(tr("review.error.noDecision"));
            }
            Outcome outcome = new AwardEvaluator().evaluate(charter, review);
            if (isOverride(outcome, review.decision().decision()) && isBlank(review.decision().overrideReason())) {
                throw new InvalidInputException(tr("review.error.overrideNeedsReason"));
            }
        }
    }

    // --- the checks, also used where a review is started or evidence attached ----------------------------

    public static void requireInProgress(ReviewStatus status) {
        if (status == ReviewStatus.FINALISED) {
            throw new InvalidInputException(tr("review.error.finalised"));
        }
    }

    /** Whether deciding {@code decision} goes against what the award rule gave. */
    public static boolean isOverride(Outcome outcome, Decision decision) {
        return (decision == Decision.AWARDED) != outcome.met();
    }

    public static Item requireItem(Charter charter, String itemId) {
        return charter.item(itemId)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchItem", itemId, charter.reference())));
    }

    public static void requireJudgedItem(Charter charter, String itemId) {
        requireItem(charter, itemId);
        Section section = charter.sectionOf(itemId).orElseThrow();
        if (section.contextOnly()) {
            throw new InvalidInputException(tr("review.error.itemNotJudged", itemId));
        }
    }

    public static void requireParticipants(List<Participant> participants) {
        for (Participant p : participants) {
            requireText(p.role(), "review.field.participantRole");
        }
        ReviewFieldLimits.requireParticipants(participants);
    }

    public static void requireText(String text, String fieldKey) {
        if (isBlank(text)) {
            throw new InvalidInputException(tr("review.error.required", tr(fieldKey)));
        }
    }

    private static void checkSignatory(Charter charter, PledgeSignatory signatory) {
        if (signatory != null) {
            requireText(signatory.name(), "review.field.signatoryName");
            requireText(signatory.role(), "review.field.signatoryRole");
            requireText(signatory.organisation(), "review.field.organisation");
            if (signatory.signedOn() == null) {
                throw new InvalidInputException(tr("review.error.required", tr("review.field.signedOn")));
            }
            ReviewFieldLimits.requireSignatory(signatory);
        }
        if (charter.kind() != CharterKind.PLEDGE) {
            throw new InvalidInputException(tr("review.error.notAPledge", charter.title()));
        }
    }

    private static void requireItemOrWhole(Charter charter, String itemId) {
        if (itemId != null) {
            requireItem(charter, itemId);
        }
    }

    private static void requireAction(Review review, long actionId) {
        requireFound(review.actions().stream().anyMatch(a -> a.id() == actionId));
    }

    private static void requireEvidence(Review review, long evidenceId) {
        requireFound(review.evidence(evidenceId).isPresent());
    }

    private static void requireFound(boolean found) {
        if (!found) {
            throw new InvalidInputException(tr("review.error.noSuchEntry"));
        }
    }

    /** An added entry's id must be new in the review: two editors adding at once would otherwise collide. */
    private static void requireNew(boolean taken) {
        if (taken) {
            throw new InvalidInputException(tr("review.error.entryTaken"));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    /** Trimmed, or null when null (the required-text check then speaks). */
    static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
