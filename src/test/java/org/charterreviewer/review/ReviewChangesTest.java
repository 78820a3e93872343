package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.junit.jupiter.api.Test;

/** The pure apply: what each kind of change does to a review, and what the rules refuse. */
class ReviewChangesTest {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-11T09:30:00Z");

    final Charter wolverhampton = ReviewFixtures.wolverhampton();
    final Charter bcp = ReviewFixtures.bcp();

    static Review empty(Charter charter) {
        return new Review(UUID.randomUUID(), 1, ReviewStatus.IN_PROGRESS,
                new SchoolRef(1, "Low Hill Nursery School", "103986", null),
                new CharterRef(charter.id(), charter.version(), "0".repeat(64)), null, List.of(), List.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, NOW, NOW);
    }

    Review apply(Review review, ReviewChange change) {
        return ReviewChanges.apply(review.charter().id().equals(bcp.id()) ? bcp : wolverhampton, review, change, LATER,
                "Officer One");
    }

    static EvidenceFile photo(long id, String... items) {
        return new EvidenceFile(id, "a".repeat(64), "council.jpg", 1200, "image/jpeg", null, false, true, NOW,
                List.of(items));
    }

    static Review withEvidence(Review r, EvidenceFile... files) {
        return new Review(r.id(), r.revision(), r.status(), r.school(), r.charter(), r.visitDate(), r.officers(),
                r.participants(), r.judgements(), r.notes(), r.voices(), r.actions(), List.of(files), r.computedOutcome(),
                r.decision(), r.awardedOn(), r.validUntil(), r.signatories(), r.finalisedAt(), r.finalisedBy(),
                r.amendmentReason(), r.createdAt(), r.updatedAt());
    }

    @Test
    void judgingAndFlaggingKeepEachOtherAndAnEmptyJudgementGoes() {
        Review r = apply(empty(wolverhampton), new ReviewChange.Judge("p1", "established"));
        r = apply(r, new ReviewChange.Flag("p1", true));
        assertThat(r.judgements()).containsEntry("p1", new Judgement("p1", "established", true));
        r = apply(r, new ReviewChange.Judge("p1", null));
        assertThat(r.judgements()).containsEntry("p1", new Judgement("p1", null, true));
        r = apply(r, new ReviewChange.Flag("p1", false));
        assertThat(r.judgements()).isEmpty();
        assertThat(r.updatedAt()).isEqualTo(LATER);
        assertThat(r.revision()).isEqualTo(1);
    }

    @Test
    void theItemNoteIsWrittenReplacedAndRemovedByBlankText() {
        Review r = apply(empty(wolverhampton), new ReviewChange.AddReviewNote(1, "Warm welcome.", false));
        r = apply(r, new ReviewChange.SetItemNote("p1", "Pupils run the agenda.", false));
        Note itemNote = r.itemNote("p1").orElseThrow();
        assertThat(itemNote.id()).isEqualTo(2);
        r = apply(r, new ReviewChange.SetItemNote("p1", "Pupils set the agenda.", true));
        assertThat(r.itemNote("p1")).contains(new Note(2, "p1", "Pupils set the agenda.", true));
        r = apply(r, new ReviewChange.SetItemNote("p1", "  ", false));
        assertThat(r.itemNote("p1")).isEmpty();
        assertThat(r.reviewNotes()).containsExactly(new Note(1, null, "Warm welcome.", false));
    }

    @Test
    void voicesAndActionsAreAddedUnderTheIdsTheChangeCarriesAndChangedByIt() {
        Review r = empty(wolverhampton);
        long voice = ReviewChanges.nextVoiceId(r);
        r = apply(r, new ReviewChange.AddVoice(voice, "p1", "  Pupil, Year 6 ", "We choose the topics.", true));
        assertThat(ReviewChanges.nextVoiceId(r)).isEqualTo(voice + 1);
        assertThat(r.voicesFor("p1")).containsExactly(new Voice(voice, "p1", "Pupil, Year 6", "We choose the topics.", true));
        r = apply(r, new ReviewChange.UpdateVoice(voice, "Pupil", "We choose most topics.", false));
        assertThat(r.voices()).containsExactly(new Voice(voice, "p1", "Pupil", "We choose most topics.", false));

        long action = ReviewChanges.nextActionId(r);
        LocalDate due = LocalDate.of(2028, 3, 1);
        r = apply(r, new ReviewChange.AddAction(action, null, "Share minutes", " ", due));
        assertThat(r.actions()).containsExactly(new FollowUpAction(action, null, "Share minutes", null, due, false));
        r = apply(r, new ReviewChange.SetActionDone(action, true));
        r = apply(r, new ReviewChange.UpdateAction(action, "Share minutes with families", "Head teacher", null));
        assertThat(r.actions()).containsExactly(new FollowUpAction(action, null, "Share minutes with families",
                "Head teacher", null, true));
        r = apply(r, new ReviewChange.RemoveAction(action));
        r = apply(r, new ReviewChange.RemoveVoice(voice));
        assertThat(r.actions()).isEmpty();
        assertThat(r.voices()).isEmpty();
    }

    @Test
    void evidenceIsLinkedUnlinkedCaptionedMadeInternalAndRemoved() {
        Review r = withEvidence(empty(wolverhampton), photo(40, "p1"));
        r = apply(r, new ReviewChange.LinkEvidence(40, "ep1"));
        r = apply(r, new ReviewChange.LinkEvidence(40, "ep1"));
        assertThat(r.evidence(40).orElseThrow().linkedItemIds()).containsExactly("ep1", "p1");
        r = apply(r, new ReviewChange.UnlinkEvidence(40, "p1"));
        r = apply(r, new ReviewChange.SetCaption(40, "  The council's minutes "));
        r = apply(r, new ReviewChange.SetEvidenceInternal(40, true));
        EvidenceFile file = r.evidence(40).orElseThrow();
        assertThat(file.linkedItemIds()).containsExactly("ep1");
        assertThat(file.caption()).isEqualTo("The council's minutes");
        assertThat(file.internal()).isTrue();
        assertThat(apply(r, new ReviewChange.RemoveEvidence(40)).evidence()).isEmpty();
    }

    @Test
    void visitAndParticipantsAreTidied() {
        Review r = apply(empty(wolverhampton), new ReviewChange.SetVisit(LocalDate.of(2026, 3, 9),
                List.of(" Officer One ", "", "Officer\nTwo")));
        assertThat(r.visitDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(r.officers()).containsExactly("Officer One", "Officer Two");
        r = apply(r, new ReviewChange.SetParticipants(List.of(new Participant("Head teacher", null))));
        assertThat(r.participants()).containsExactly(new Participant("Head teacher", null));
        assertThatThrownBy(() -> apply(empty(wolverhampton),
                new ReviewChange.SetParticipants(List.of(new Participant(" ", "Years 5 and 6")))))
                .isInstanceOf(InvalidInputException.class).hasMessage("Each participant’s role is needed.");
    }

    @Test
    void aDecisionAgainstTheRuleNeedsAReasonAndAMatchingOneDropsIt() {
        Review r = empty(wolverhampton);
        assertThatThrownBy(() -> apply(empty(wolverhampton), new ReviewChange.RecordDecision(Decision.AWARDED, "Good", "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("give a reason for overriding it");
        Review overridden = apply(r, new ReviewChange.RecordDecision(Decision.AWARDED, " Good ", " Strong evidence "));
        assertThat(overridden.decision()).isEqualTo(new RecordedDecision(Decision.AWARDED, "Good", "Strong evidence"));
        Review matching = apply(r, new ReviewChange.RecordDecision(Decision.NOT_YET, "Not yet", "no need"));
        assertThat(matching.decision()).isEqualTo(new RecordedDecision(Decision.NOT_YET, "Not yet", null));
    }

    @Test
    void finalisingEvaluatesTheRuleSetsTheAwardDatesAndLocksTheRevision() {
        Review r = withEvidence(empty(wolverhampton), photo(1, wolverhampton.judgedItems().stream().map(Item::id)
                .toArray(String[]::new)));
        for (Item item : wolverhampton.judgedItems()) {
            r = apply(r, new ReviewChange.Judge(item.id(), "established"));
        }
        assertThat(ReviewProgress.of(wolverhampton, r).outcome().met()).isTrue();
        assertThat(ReviewProgress.of(wolverhampton, r).completeness().allJudged()).isTrue();
        Review undecided = r;
        assertThatThrownBy(() -> apply(undecided, new ReviewChange.Finalise()))
                .isInstanceOf(InvalidInputException.class).hasMessage("Record a decision before finalising the review.");
        r = apply(r, new ReviewChange.RecordDecision(Decision.AWARDED, "Well done", null));
        Review finalised = apply(r, new ReviewChange.Finalise());
        assertThat(finalised.status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(finalised.computedOutcome()).isEqualTo(ComputedOutcome.MET);
        assertThat(finalised.awardedOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(finalised.validUntil()).isEqualTo(LocalDate.of(2028, 3, 11));
        assertThat(finalised.finalisedAt()).isEqualTo(LATER);
        assertThat(finalised.finalisedBy()).isEqualTo("Officer One");

        assertThatThrownBy(() -> apply(finalised, new ReviewChange.Judge("p1", "embedded")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("This review is finalised and cannot be changed. Amend it to make a new revision.");

        Review amended = apply(finalised, new ReviewChange.Amend(" A wrong date "));
        assertThat(amended.ref()).isEqualTo(finalised.ref().next());
        assertThat(amended.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(amended.amendmentReason()).isEqualTo("A wrong date");
        assertThat(amended.judgements()).isEqualTo(finalised.judgements());
        assertThat(amended.decision()).isEqualTo(finalised.decision());
        assertThat(amended.awardedOn()).isNull();
        assertThat(amended.finalisedAt()).isNull();
        assertThatThrownBy(() -> apply(amended, new ReviewChange.Amend("again")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Only a finalised review can be amended");
    }

    @Test
    void onlyAPledgeHasASignatoryAndItsFieldsAreNeeded() {
        PledgeSignatory signatory = new PledgeSignatory(" Jo Head ", "Head teacher", "Oak School", LocalDate.of(2026, 3, 1), true);
        assertThatThrownBy(() -> apply(empty(wolverhampton), new ReviewChange.RecordSignatory(signatory)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a pledge");
        Review pledge = apply(empty(bcp), new ReviewChange.RecordSignatory(signatory));
        assertThat(pledge.signatories()).extracting(PledgeSignatory::name).containsExactly("Jo Head");
        assertThatThrownBy(() -> apply(empty(bcp), new ReviewChange.RecordSignatory(
                new PledgeSignatory("Jo", "Head", "Oak", null, false))))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("is needed.");
        assertThat(apply(pledge, new ReviewChange.RecordSignatory(null)).signatories()).isEmpty();
    }

    @Test
    void aPledgeHasSeveralSignatoriesAddedChangedAndRemovedEachWithTheirOwnConsent() {
        PledgeSignatory head = new PledgeSignatory("Jo Head", "Head teacher", "Oak School", LocalDate.of(2026, 3, 1), true);
        PledgeSignatory chair = new PledgeSignatory(" Sam Chair ", "Chair of governors", "Oak School",
                LocalDate.of(2026, 3, 2), false);
        PledgeSignatory pupil = new PledgeSignatory("Ava Pupil", "Pupil representative", "Oak School",
                LocalDate.of(2026, 3, 2), true);
        Review three = apply(apply(apply(empty(bcp), new ReviewChange.AddSignatory(head)),
                new ReviewChange.AddSignatory(chair)), new ReviewChange.AddSignatory(pupil));
        assertThat(three.signatories()).extracting(PledgeSignatory::name, PledgeSignatory::consentToPublish)
                .containsExactly(tuple("Jo Head", true), tuple("Sam Chair", false), tuple("Ava Pupil", true));

        Review consented = apply(three, new ReviewChange.UpdateSignatory(1,
                new PledgeSignatory("Sam Chair", "Chair of governors", "Oak School", LocalDate.of(2026, 3, 2), true)));
        assertThat(consented.signatories().get(1).consentToPublish()).isTrue();
        // The walkthrough's single pane edits the first signatory and leaves the others alone.
        Review renamed = apply(consented, new ReviewChange.RecordSignatory(
                new PledgeSignatory("Jo Head-Smith", "Head teacher", "Oak School", LocalDate.of(2026, 3, 1), true)));
        assertThat(renamed.signatories()).extracting(PledgeSignatory::name)
                .containsExactly("Jo Head-Smith", "Sam Chair", "Ava Pupil");
        assertThat(apply(renamed, new ReviewChange.RemoveSignatory(0)).signatories()).extracting(PledgeSignatory::name)
                .containsExactly("Sam Chair", "Ava Pupil");

        assertThatThrownBy(() -> apply(three, new ReviewChange.RemoveSignatory(3)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> apply(three, new ReviewChange.UpdateSignatory(-1, head)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> apply(empty(wolverhampton), new ReviewChange.AddSignatory(head)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a pledge");
    }

    @Test
    void theRulesRefuseUnknownItemsLevelsEntriesAndContextOnlyItemsInPlainWords() {
        Review r = empty(wolverhampton);
        assertThatThrownBy(() -> apply(r, new ReviewChange.Judge("zz9", "emerging")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no item “zz9”");
        assertThatThrownBy(() -> apply(r, new ReviewChange.Judge("p1", "superb")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("“superb” is not a level");
        assertThatThrownBy(() -> apply(r, new ReviewChange.RemoveVoice(3)))
                .isInstanceOf(InvalidInputException.class).hasMessage("That entry is no longer in this review.");
        assertThatThrownBy(() -> apply(r, new ReviewChange.LinkEvidence(3, "p1")))
                .isInstanceOf(InvalidInputException.class).hasMessage("That entry is no longer in this review.");
        assertThatThrownBy(() -> apply(r, new ReviewChange.AddVoice(1, null, "Pupil", " ", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("is needed.");
        Review withNote = apply(r, new ReviewChange.AddReviewNote(1, "First", false));
        assertThatThrownBy(() -> apply(withNote, new ReviewChange.AddReviewNote(1, "Second", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("was added to this review already");

        Charter w = wolverhampton;
        List<Section> sections = new java.util.ArrayList<>(w.sections());
        sections.add(new Section("purpose", "Purpose", ReviewFixtures.statement(), List.of(), true,
                List.of(new Item("why", "Why we work together", null))));
        Charter withContext = new Charter(w.formatVersion(), w.id(), w.version(), w.kind(), w.title(), w.issuingBody(),
                w.source(), w.dates(), w.introduction(), sections, w.closing(), w.scale(), w.awardRule(), w.certificate());
        assertThatThrownBy(() -> ReviewChanges.apply(withContext, r, new ReviewChange.Judge("why", "emerging"), LATER, "Officer One"))
                .isInstanceOf(InvalidInputException.class).hasMessage("“why” is context only and is not judged.");
        assertThat(ReviewChanges.apply(withContext, r, new ReviewChange.Flag("why", true), LATER, "Officer One")
                .isFlagged("why")).isTrue();
    }

    @Test
    void attachingEvidenceAddsTheStoredContentWithItsItemsAndRefusesAnUnknownItem() {
        Review r = withEvidence(empty(wolverhampton), photo(4, "p1"));
        Review after = apply(r, new ReviewChange.AttachEvidence("b".repeat(64), "minutes.pdf", 2048, "application/pdf",
                "  ", false, List.of("p4", "p2", "p4")));
        assertThat(after.evidence()).hasSize(2);
        EvidenceFile added = after.evidence().get(1);
        assertThat(added.id()).isEqualTo(5);
        assertThat(added.linkedItemIds()).containsExactly("p2", "p4");
        assertThat(added.caption()).isNull();
        assertThat(added.internal()).isFalse();
        assertThat(added.addedAt()).isEqualTo(LATER);

        assertThatThrownBy(() -> apply(r, new ReviewChange.AttachEvidence("b".repeat(64), "minutes.pdf", 2048,
                "application/pdf", null, false, List.of("no-such-item"))))
                .isInstanceOf(org.charterreviewer.InvalidInputException.class);
    }
}
