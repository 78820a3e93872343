package org.charterreviewer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One revision of a review, as a whole: everything the officer recorded about one school against
 * one pinned charter version. Immutable; the service returns a fresh one after each change.
 *
 * @param id              the review's identity, the same across revisions
 * @param judgements      by item id (only items that were judged or flagged are present)
 * @param computedOutcome what the award rule gave when finalised (null while in progress)
 * @param awardLevel      the award level reached, for an awarded review of a charter with levels; else null
 * @param decision        null until the officer records one
 * @param signatories     pledge charters only, in the order they were recorded; empty until one is
 */
public record Review(
        UUID id,
        int revision,
        ReviewStatus status,
        SchoolRef school,
        CharterRef charter,
        LocalDate visitDate,
        List<String> officers,
        List<Participant> participants,
        Map<String, Judgement> judgements,
        List<Note> notes,
        List<Voice> voices,
        List<FollowUpAction> actions,
        List<EvidenceFile> evidence,
        ComputedOutcome computedOutcome,
        ReachedLevel awardLevel,
        RecordedDecision decision,
        LocalDate awardedOn,
        LocalDate validUntil,
        List<PledgeSignatory> signatories,
        Instant finalisedAt,
        String finalisedBy,
        String amendmentReason,
        Instant createdAt,
        Instant updatedAt) {

    public Review {
        officers = List.copyOf(officers);
        participants = List.copyOf(participants);
        judgements = Map.copyOf(judgements);
        notes = List.copyOf(notes);
        voices = List.copyOf(voices);
        actions = List.copyOf(actions);
        evidence = List.copyOf(evidence);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    /** The name of this revision above storage: the review's id and revision number. */
    public RevisionRef ref() {
        return new RevisionRef(id, revision);
    }

    /** A revision without an award level, as every review of a charter without levels is. */
    public Review(UUID id, int revision, ReviewStatus status, SchoolRef school, CharterRef charter,
            LocalDate visitDate, List<String> officers, List<Participant> participants,
            Map<String, Judgement> judgements, List<Note> notes, List<Voice> voices, List<FollowUpAction> actions,
            List<EvidenceFile> evidence, ComputedOutcome computedOutcome, RecordedDecision decision,
            LocalDate awardedOn, LocalDate validUntil, List<PledgeSignatory> signatories, Instant finalisedAt,
            String finalisedBy, String amendmentReason, Instant createdAt, Instant updatedAt) {
        this(id, revision, status, school, charter, visitDate, officers, participants, judgements, notes, voices,
                actions, evidence, computedOutcome, null, decision, awardedOn, validUntil, signatories, finalisedAt,
                finalisedBy, amendmentReason, createdAt, updatedAt);
    }

    public boolean isFinalised() {
        return status == ReviewStatus.FINALISED;
    }

    /** The judged level of an item, if any. */
    public Optional<String> levelOf(String itemId) {
        Judgement judgement = judgements.get(itemId);
        return judgement == null ? Optional.empty() : Optional.ofNullable(judgement.levelId());
    }

    public boolean isFlagged(String itemId) {
        Judgement judgement = judgements.get(itemId);
        return judgement != null && judgement.flagged();
    }

    /** The one note on an item, if written. */
    public Optional<Note> itemNote(String itemId) {
        return notes.stream().filter(n -> itemId.equals(n.itemId())).findFirst();
    }

    /** Notes about the review as a whole, in the order written. */
    public List<Note> reviewNotes() {
        return notes.stream().filter(n -> n.itemId() == null).toList();
    }

    public List<Voice> voicesFor(String itemId) {
        return voices.stream().filter(v -> itemId.equals(v.itemId())).toList();
    }

    public List<FollowUpAction> actionsFor(String itemId) {
        return actions.stream().filter(a -> itemId.equals(a.itemId())).toList();
    }

    public List<EvidenceFile> evidenceFor(String itemId) {
        return evidence.stream().filter(e -> e.linkedItemIds().contains(itemId)).toList();
    }

    public Optional<EvidenceFile> evidence(long evidenceId) {
        return evidence.stream().filter(e -> e.id() == evidenceId).findFirst();
    }

    /** Whether the school holds the award through this revision on {@code day}; no end date means no end. */
    public boolean holdsAwardOn(LocalDate day) {
        return isFinalised() && decision != null && decision.decision() == Decision.AWARDED
                && awardedOn != null && !day.isBefore(awardedOn) && (validUntil == null || !day.isAfter(validUntil));
    }
}
