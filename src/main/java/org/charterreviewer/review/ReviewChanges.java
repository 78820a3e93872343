package org.charterreviewer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.charterreviewer.charter.Charter;

/**
 * The review after a change, worked out in memory: no database, no clock, no side effects. The
 * in-memory session applies a change with this at once, and the stored editor applies the same
 * change with it to know what to write, so the screen and the database cannot disagree.
 */
public final class ReviewChanges {

    private ReviewChanges() {
    }

    /**
     * Checks {@code change} with {@link ChangeRules} and returns the review after it.
     *
     * @param now   when the change is made (updated-at, finalised-at; the award date is its UTC day)
     * @param actor who makes it (kept as the finaliser)
     * @throws org.charterreviewer.InvalidInputException when the rules refuse the change
     */
    public static Review apply(Charter charter, Review review, ReviewChange change, Instant now, String actor) {
        ChangeRules.check(charter, review, change);
        Draft d = new Draft(review);
        d.updatedAt = now;
        if (change instanceof ReviewChange.Judge judge) {
            d.judge(judge.itemId(), j -> new Judgement(j.itemId(), judge.levelId(), j.flagged()));
        } else if (change instanceof ReviewChange.Flag flag) {
            d.judge(flag.itemId(), j -> new Judgement(j.itemId(), j.levelId(), flag.flagged()));
        } else if (change instanceof ReviewChange.SetItemNote set) {
            d.setItemNote(set);
        } else if (change instanceof ReviewChange.AddReviewNote add) {
            d.notes.add(new Note(add.noteId(), null, add.body(), add.internal()));
        } else if (change instanceof ReviewChange.UpdateNote update) {
            d.notes = replace(d.notes, Note::id, update.noteId(),
                    n -> new Note(n.id(), n.itemId(), update.body(), update.internal()));
        } else if (change instanceof ReviewChange.RemoveNote remove) {
            d.notes.removeIf(n -> n.id() == remove.noteId());
        } else if (change instanceof ReviewChange.AddVoice add) {
            d.voices.add(new Voice(add.voiceId(), add.itemId(), add.speakerRole(), add.said(), add.consentToShare()));
        } else if (change instanceof ReviewChange.UpdateVoice update) {
            d.voices = replace(d.voices, Voice::id, update.voiceId(),
                    v -> new Voice(v.id(), v.itemId(), update.speakerRole(), update.said(), update.consentToShare()));
        } else if (change instanceof ReviewChange.RemoveVoice remove) {
            d.voices.removeIf(v -> v.id() == remove.voiceId());
        } else if (change instanceof ReviewChange.AddAction add) {
            d.actions.add(new FollowUpAction(add.actionId(), add.itemId(), add.description(), add.ownerRole(),
                    add.dueDate(), false));
        } else if (change instanceof ReviewChange.UpdateAction update) {
            d.actions = replace(d.actions, FollowUpAction::id, update.actionId(), a -> new FollowUpAction(a.id(),
                    a.itemId(), update.description(), update.ownerRole(), update.dueDate(), a.done()));
        } else if (change instanceof ReviewChange.SetActionDone done) {
            d.actions = replace(d.actions, FollowUpAction::id, done.actionId(), a -> new FollowUpAction(a.id(),
                    a.itemId(), a.description(), a.ownerRole(), a.dueDate(), done.done()));
        } else if (change instanceof ReviewChange.RemoveAction remove) {
            d.actions.removeIf(a -> a.id() == remove.actionId());
        } else if (change instanceof ReviewChange.AttachEvidence attach) {
            d.evidence.add(new EvidenceFile(nextEvidenceId(review), attach.sha256(), attach.originalName(),
                    attach.sizeBytes(), attach.mediaType(), attach.caption(), false, attach.metadataRemoved(), now,
                    attach.itemIds().stream().sorted().toList()));
        } else if (change instanceof ReviewChange.LinkEvidence link) {
            d.evidence = replace(d.evidence, EvidenceFile::id, link.evidenceId(), e -> withLinks(e,
                    e.linkedItemIds().contains(link.itemId()) ? e.linkedItemIds() : sortedWith(e.linkedItemIds(), link.itemId())));
        } else if (change instanceof ReviewChange.UnlinkEvidence unlink) {
            d.evidence = replace(d.evidence, EvidenceFile::id, unlink.evidenceId(), e -> withLinks(e,
                    e.linkedItemIds().stream().filter(i -> !i.equals(unlink.itemId())).toList()));
        } else if (change instanceof ReviewChange.SetCaption caption) {
            d.evidence = replace(d.evidence, EvidenceFile::id, caption.evidenceId(), e -> new EvidenceFile(e.id(),
                    e.sha256(), e.originalName(), e.sizeBytes(), e.mediaType(), caption.caption(), e.internal(),
                    e.metadataRemoved(), e.addedAt(), e.linkedItemIds()));
        } else if (change instanceof ReviewChange.SetEvidenceInternal internal) {
            d.evidence = replace(d.evidence, EvidenceFile::id, internal.evidenceId(), e -> new EvidenceFile(e.id(),
                    e.sha256(), e.originalName(), e.sizeBytes(), e.mediaType(), e.caption(), internal.internal(),
                    e.metadataRemoved(), e.addedAt(), e.linkedItemIds()));
        } else if (change instanceof ReviewChange.RemoveEvidence remove) {
            d.evidence.removeIf(e -> e.id() == remove.evidenceId());
        } else if (change instanceof ReviewChange.SetVisit visit) {
            d.visitDate = visit.visitDate();
            d.officers = visit.officers();
        } else if (change instanceof ReviewChange.SetParticipants participants) {
            d.participants = participants.participants();
        } else if (change instanceof ReviewChange.RecordDecision decision) {
            boolean overrides = ChangeRules.isOverride(new AwardEvaluator().evaluate(charter, review), decision.decision());
            d.decision = new RecordedDecision(decision.decision(), decision.summary(),
                    overrides ? decision.overrideReason() : null);
        } else if (change instanceof ReviewChange.RecordSignatory signatory) {
            PledgeSignatory s = signatory.signatory();
            if (s == null) {
                if (!d.signatories.isEmpty()) {
                    d.signatories.remove(0);
                }
            } else if (d.signatories.isEmpty()) {
                d.signatories.add(stripped(s));
            } else {
                d.signatories.set(0, stripped(s));
            }
        } else if (change instanceof ReviewChange.AddSignatory add) {
            d.signatories.add(stripped(add.signatory()));
        } else if (change instanceof ReviewChange.UpdateSignatory update) {
            d.signatories.set(update.index(), stripped(update.signatory()));
        } else if (change instanceof ReviewChange.RemoveSignatory remove) {
            d.signatories.remove(remove.index());
        } else if (change instanceof ReviewChange.Finalise) {
            d.finalise(charter, new AwardEvaluator().evaluate(charter, review), now, actor);
        } else if (change instanceof ReviewChange.Amend amend) {
            d.amend(amend.reason(), now);
        }
        return d.toReview();
    }

    /** The id for a note added to {@code review} now: one more than the highest so far. */
    public static long nextNoteId(Review review) {
        return review.notes().stream().mapToLong(Note::id).max().orElse(0) + 1;
    }

    public static long nextVoiceId(Review review) {
        return review.voices().stream().mapToLong(Voice::id).max().orElse(0) + 1;
    }

    public static long nextActionId(Review review) {
        return review.actions().stream().mapToLong(FollowUpAction::id).max().orElse(0) + 1;
    }

    /**
     * The id attached evidence has in memory: one more than the highest so far. The database numbers
     * evidence itself, so its editor returns the revision as stored instead.
     */
    public static long nextEvidenceId(Review review) {
        return review.evidence().stream().mapToLong(EvidenceFile::id).max().orElse(0) + 1;
    }

    private static <T> List<T> replace(List<T> list, ToLongFunction<T> id, long wanted, UnaryOperator<T> change) {
        List<T> result = new ArrayList<>(list.size());
        for (T entry : list) {
            result.add(id.applyAsLong(entry) == wanted ? change.apply(entry) : entry);
        }
        return result;
    }

    private static List<String> sortedWith(List<String> items, String itemId) {
        List<String> result = new ArrayList<>(items);
        result.add(itemId);
        result.sort(null);
        return result;
    }

    private static PledgeSignatory stripped(PledgeSignatory s) {
        return new PledgeSignatory(s.name().strip(), s.role().strip(), s.organisation().strip(), s.signedOn(),
                s.consentToPublish());
    }

    private static EvidenceFile withLinks(EvidenceFile e, List<String> links) {
        return new EvidenceFile(e.id(), e.sha256(), e.originalName(), e.sizeBytes(), e.mediaType(), e.caption(),
                e.internal(), e.metadataRemoved(), e.addedAt(), links);
    }

    /** A review being changed: the record's parts, open for one change, then closed again. */
    private static final class Draft {
        private final Review from;
        private int revision;
        private ReviewStatus status;
        private LocalDate visitDate;
        private List<String> officers;
        private List<Participant> participants;
        private final Map<String, Judgement> judgements;
        private List<Note> notes;
        private List<Voice> voices;
        private List<FollowUpAction> actions;
        private List<EvidenceFile> evidence;
        private ComputedOutcome computedOutcome;
        private ReachedLevel awardLevel;
        private RecordedDecision decision;
        private LocalDate awardedOn;
        private LocalDate validUntil;
        private List<PledgeSignatory> signatories;
        private Instant finalisedAt;
        private String finalisedBy;
        private String amendmentReason;
        private Instant createdAt;
        private Instant updatedAt;

        Draft(Review r) {
            from = r;
            revision = r.revision();
            status = r.status();
            visitDate = r.visitDate();
            officers = r.officers();
            participants = r.participants();
            judgements = new LinkedHashMap<>(r.judgements());
            notes = new ArrayList<>(r.notes());
            voices = new ArrayList<>(r.voices());
            actions = new ArrayList<>(r.actions());
            evidence = new ArrayList<>(r.evidence());
            computedOutcome = r.computedOutcome();
            awardLevel = r.awardLevel();
            decision = r.decision();
            awardedOn = r.awardedOn();
            validUntil = r.validUntil();
            signatories = new ArrayList<>(r.signatories());
            finalisedAt = r.finalisedAt();
            finalisedBy = r.finalisedBy();
            amendmentReason = r.amendmentReason();
            createdAt = r.createdAt();
            updatedAt = r.updatedAt();
        }

        /** Changes an item's judgement; a judgement with neither level nor flag is dropped. */
        void judge(String itemId, Function<Judgement, Judgement> change) {
            Judgement after = change.apply(judgements.getOrDefault(itemId, new Judgement(itemId, null, false)));
            if (after.levelId() == null && !after.flagged()) {
                judgements.remove(itemId);
            } else {
                judgements.put(itemId, after);
            }
        }

        void setItemNote(ReviewChange.SetItemNote set) {
            Note existing = notes.stream().filter(n -> set.itemId().equals(n.itemId())).findFirst().orElse(null);
            if (ChangeRules.isBlank(set.body())) {
                notes.remove(existing);
            } else if (existing == null) {
                notes.add(new Note(nextNoteId(from), set.itemId(), set.body(), set.internal()));
            } else {
                notes.set(notes.indexOf(existing), new Note(existing.id(), set.itemId(), set.body(), set.internal()));
            }
        }

        void finalise(Charter charter, Outcome outcome, Instant now, String actor) {
            boolean awarded = decision.decision() == Decision.AWARDED;
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            status = ReviewStatus.FINALISED;
            computedOutcome = outcome.computed();
            // The level reached is kept only with an award; an override to "awarded" may have none.
            awardLevel = awarded ? outcome.reachedLevel().map(l -> new ReachedLevel(l.id(), l.name())).orElse(null) : null;
            awardedOn = awarded ? today : null;
            // A charter that states no validity gives an award without an end date: never due for renewal.
            validUntil = awarded && charter.certificate().hasEndDate()
                    ? today.plusMonths(charter.certificate().validityMonths()) : null;
            finalisedAt = now;
            finalisedBy = actor;
        }

        /** A new revision: everything recorded is copied, the finalising is not. */
        void amend(String reason, Instant now) {
            revision = from.revision() + 1;
            status = ReviewStatus.IN_PROGRESS;
            computedOutcome = null;
            awardLevel = null;
            awardedOn = null;
            validUntil = null;
            finalisedAt = null;
            finalisedBy = null;
            amendmentReason = reason;
            createdAt = now;
        }

        Review toReview() {
            return new Review(from.id(), revision, status, from.school(), from.charter(), visitDate, officers,
                    participants, judgements, notes, voices, actions, evidence, computedOutcome, awardLevel, decision, awardedOn,
                    validUntil, signatories, finalisedAt, finalisedBy, amendmentReason, createdAt, updatedAt);
        }
    }
}
