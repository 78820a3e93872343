package org.charterreviewer.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One edit an officer makes to a review, as a value. {@link ChangeRules} says whether it may be
 * made, {@link ReviewChanges#apply} gives the review after it, and a {@link ReviewEditor} stores it.
 * Entries that a change adds (notes, voices, actions) carry their id, chosen when the change is
 * made ({@link ReviewChanges#nextNoteId} and friends), so the review in memory and the stored one
 * agree without asking the database. Text is tidied here (roles trimmed, blanks made null) so
 * every implementation stores the same thing.
 */
public sealed interface ReviewChange {

    /** Judges an item on the charter's scale; a null level clears the judgement (the flag stays). */
    record Judge(String itemId, String levelId) implements ReviewChange {
        public Judge {
            Objects.requireNonNull(itemId);
        }
    }

    /** Flags an item to come back to, or clears the flag (the level stays). */
    record Flag(String itemId, boolean flagged) implements ReviewChange {
        public Flag {
            Objects.requireNonNull(itemId);
        }
    }

    /** Writes the one note of an item; blank text removes it. */
    record SetItemNote(String itemId, String body, boolean internal) implements ReviewChange {
        public SetItemNote {
            Objects.requireNonNull(itemId);
        }
    }

    /** Adds a note about the review as a whole. */
    record AddReviewNote(long noteId, String body, boolean internal) implements ReviewChange {
    }

    record UpdateNote(long noteId, String body, boolean internal) implements ReviewChange {
    }

    record RemoveNote(long noteId) implements ReviewChange {
    }

    /** Records what someone said, by role; a null item means about the review as a whole. */
    record AddVoice(long voiceId, String itemId, String speakerRole, String said, boolean consentToShare)
            implements ReviewChange {
        public AddVoice {
            speakerRole = ChangeRules.trimmed(speakerRole);
        }
    }

    record UpdateVoice(long voiceId, String speakerRole, String said, boolean consentToShare) implements ReviewChange {
        public UpdateVoice {
            speakerRole = ChangeRules.trimmed(speakerRole);
        }
    }

    record RemoveVoice(long voiceId) implements ReviewChange {
    }

    /** Adds a follow-up action; a null item means for the review as a whole. */
    record AddAction(long actionId, String itemId, String description, String ownerRole, LocalDate dueDate)
            implements ReviewChange {
        public AddAction {
            ownerRole = ChangeRules.blankToNull(ownerRole);
        }
    }

    record UpdateAction(long actionId, String description, String ownerRole, LocalDate dueDate)
            implements ReviewChange {
        public UpdateAction {
            ownerRole = ChangeRules.blankToNull(ownerRole);
        }
    }

    record SetActionDone(long actionId, boolean done) implements ReviewChange {
    }

    record RemoveAction(long actionId) implements ReviewChange {
    }

    /**
     * Adds an evidence file to the revision: content already stored under {@code sha256} (the
     * evidence store keeps it once however many revisions use it), with its name, caption and the
     * items it supports. The file's id is the store's: the editor returns the revision as stored.
     */
    record AttachEvidence(String sha256, String originalName, long sizeBytes, String mediaType, String caption,
            boolean metadataRemoved, List<String> itemIds) implements ReviewChange {
        public AttachEvidence {
            Objects.requireNonNull(sha256);
            Objects.requireNonNull(originalName);
            Objects.requireNonNull(mediaType);
            caption = ChangeRules.blankToNull(caption);
            itemIds = List.copyOf(new java.util.LinkedHashSet<>(itemIds));
        }
    }

    /** Says an attached evidence file supports an item as well. */
    record LinkEvidence(long evidenceId, String itemId) implements ReviewChange {
        public LinkEvidence {
            Objects.requireNonNull(itemId);
        }
    }

    record UnlinkEvidence(long evidenceId, String itemId) implements ReviewChange {
        public UnlinkEvidence {
            Objects.requireNonNull(itemId);
        }
    }

    record SetCaption(long evidenceId, String caption) implements ReviewChange {
        public SetCaption {
            caption = ChangeRules.blankToNull(caption);
        }
    }

    /** Internal evidence stays with the council: it is left out of what the school and bundles see. */
    record SetEvidenceInternal(long evidenceId, boolean internal) implements ReviewChange {
    }

    /** Removes evidence from the revision; its stored content goes too when nothing else refers to it. */
    record RemoveEvidence(long evidenceId) implements ReviewChange {
    }

    record SetVisit(LocalDate visitDate, List<String> officers) implements ReviewChange {
        public SetVisit {
            officers = officers == null ? List.of() : officers.stream().filter(o -> !ChangeRules.isBlank(o))
                    .map(o -> o.strip().replace('\n', ' ')).toList();
        }
    }

    record SetParticipants(List<Participant> participants) implements ReviewChange {
        public SetParticipants {
            participants = List.copyOf(participants);
        }
    }

    /**
     * The officer's decision. A decision other than the one the award rule gives needs a reason,
     * which is kept; a matching one drops any reason given.
     */
    record RecordDecision(Decision decision, String summary, String overrideReason) implements ReviewChange {
        public RecordDecision {
            Objects.requireNonNull(decision);
            summary = ChangeRules.blankToNull(summary);
            overrideReason = ChangeRules.blankToNull(overrideReason);
        }
    }

    /**
     * The pledge's first (lead) signatory, added when there is none and replaced otherwise; any
     * further signatories stay. Null removes the first signatory.
     */
    record RecordSignatory(PledgeSignatory signatory) implements ReviewChange {
    }

    /** Another signatory of a pledge (say the chair of governors after the head teacher), added last. */
    record AddSignatory(PledgeSignatory signatory) implements ReviewChange {
        public AddSignatory {
            Objects.requireNonNull(signatory);
        }
    }

    /** Replaces the signatory at {@code index} (from 0, in the order they were added). */
    record UpdateSignatory(int index, PledgeSignatory signatory) implements ReviewChange {
        public UpdateSignatory {
            Objects.requireNonNull(signatory);
        }
    }

    /** Removes the signatory at {@code index} (from 0); those after it move up. */
    record RemoveSignatory(int index) implements ReviewChange {
    }

    /** Computes and keeps the outcome, sets the award dates when awarded, and locks the revision. */
    record Finalise() implements ReviewChange {
    }

    /** Opens a new revision of a finalised review, copying everything; the earlier one stays as it was. */
    record Amend(String reason) implements ReviewChange {
        public Amend {
            reason = ChangeRules.blankToNull(reason);
        }
    }
}
