package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class ReviewServiceTest extends ReviewTestBase {

    @Test
    void startingPinsTheCharterVersionAndItsHash() {
        Review review = startWolverhampton();
        assertThat(review.revision()).isEqualTo(1);
        assertThat(review.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(review.charter()).isEqualTo(new CharterRef(wolverhampton.id(), "2024.1",
                ReviewFixtures.stored(wolverhampton).contentSha256()));
        assertThat(review.school().name()).isEqualTo("Low Hill Nursery School");
        assertThat(review.school().urn()).isEqualTo("103986");
        assertThat(review.school().addressSummary()).isEqualTo("Low Hill Crescent, Wolverhampton, WV10 9JN");
        assertThat(review.officers()).containsExactly("Officer One", "Officer Two");
        assertThat(review.participants()).containsExactly(new Participant("Head teacher", null),
                new Participant("Pupils’ council", "Years 5 and 6"));
        assertThat(review.createdAt()).isEqualTo(NOW);
        assertThat(reviews.auditTrail(review.id())).extracting(AuditEntry::event).containsExactly("review.started");
    }

    @Test
    void startingRefusesAnUnknownCharterOrSchool() {
        assertThatThrownBy(() -> reviews.start(new NewReview(schoolId, "nope", "1", null, List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The charter nope version 1 is not in the charter library. Import it first.");
        assertThatThrownBy(() -> reviews.start(new NewReview(999, wolverhampton.id(), "2024.1", null, List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is no school with id 999.");
        assertThat(reviews.list(ReviewFilter.all())).isEmpty();
    }

    @Test
    void everyChangeIsStoredAtOnceWithAnAuditEntry() {
        Review review = startWolverhampton();
        RevisionRef key = review.ref();
        reviews.judge(key, "p1", "established");
        reviews.flag(key, "p1", true);
        reviews.judge(key, "p2", "emerging");
        reviews.judge(key, "p2", null);
        reviews.flag(key, "p3", true);
        reviews.setItemNote(key, "p1", "Pupils run the school council agenda.", false);
        reviews.setItemNote(key, "p1", "Pupils set the school council agenda.", true);
        long overall = reviews.addReviewNote(key, "A warm welcome.", false);
        long voice = reviews.addVoice(key, "p1", "Pupil, Year 6", "We choose the topics.", true);
        long other = reviews.addVoice(key, null, "Parent carer", "We are listened to.", false);
        reviews.updateVoice(key, other, "Parent carer", "We are always listened to.", true);
        long action = reviews.addAction(key, "p1", "Share minutes with families", "SENCO", LocalDate.of(2026, 6, 1));
        reviews.setActionDone(key, action, true);
        reviews.setParticipants(key, List.of(new Participant("Governor", null)));
        reviews.setVisit(key, LocalDate.of(2026, 3, 10), List.of("Officer Three"));

        Review stored = reviews.revision(key);
        assertThat(stored.judgements()).containsOnlyKeys("p1", "p3");
        assertThat(stored.judgements().get("p1")).isEqualTo(new Judgement("p1", "established", true));
        assertThat(stored.judgements().get("p3")).isEqualTo(new Judgement("p3", null, true));
        assertThat(stored.itemNote("p1").orElseThrow().body()).isEqualTo("Pupils set the school council agenda.");
        assertThat(stored.itemNote("p1").orElseThrow().internal()).isTrue();
        assertThat(stored.notes()).hasSize(2);
        assertThat(stored.reviewNotes()).extracting(Note::id).containsExactly(overall);
        assertThat(stored.voicesFor("p1")).containsExactly(new Voice(voice, "p1", "Pupil, Year 6", "We choose the topics.", true));
        assertThat(stored.voices()).contains(new Voice(other, null, "Parent carer", "We are always listened to.", true));
        assertThat(stored.actionsFor("p1")).containsExactly(new FollowUpAction(action, "p1", "Share minutes with families",
                "SENCO", LocalDate.of(2026, 6, 1), true));
        assertThat(stored.participants()).containsExactly(new Participant("Governor", null));
        assertThat(stored.visitDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(stored.officers()).containsExactly("Officer Three");

        reviews.setItemNote(key, "p1", "  ", false);
        reviews.removeVoice(key, voice);
        reviews.removeAction(key, action);
        reviews.removeNote(key, overall);
        Review emptied = reviews.revision(key);
        assertThat(emptied.notes()).isEmpty();
        assertThat(emptied.voices()).hasSize(1);
        assertThat(emptied.actions()).isEmpty();

        List<AuditEntry> trail = reviews.auditTrail(review.id());
        assertThat(trail).hasSize(20);
        assertThat(trail).allMatch(e -> e.actor().equals("Officer One"));
        assertThat(trail.get(1).detail()).isEqualTo("revision 1; item p1 established");
        // The audit log names records, never what was said.
        assertThat(trail).noneMatch(e -> e.detail().contains("listened") || e.detail().contains("agenda"));
    }

    @Test
    void wrongItemsLevelsAndEntriesAreRefusedInPlainWords() {
        RevisionRef key = startWolverhampton().ref();
        assertThatThrownBy(() -> reviews.judge(key, "zz9", "emerging"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The charter wolverhampton-co-production-charter@2024.1 has no item “zz9”.");
        assertThatThrownBy(() -> reviews.judge(key, "p1", "excellent"))
                .hasMessage("“excellent” is not a level of the scale of wolverhampton-co-production-charter@2024.1.");
        assertThatThrownBy(() -> reviews.removeVoice(key, 12345)).hasMessage("That entry is no longer in this review.");
        assertThatThrownBy(() -> reviews.addVoice(key, "p1", " ", "x", false)).hasMessage("Who said it (their role) is needed.");
        assertThatThrownBy(() -> reviews.recordSignatory(key, new PledgeSignatory("A", "B", "C", LocalDate.now(), true)))
                .hasMessageContaining("is not a pledge");
        assertThat(reviews.revision(key).judgements()).isEmpty();
    }

    @Test
    void completenessShowsWhatIsLeftPerSection() {
        Review review = startWolverhampton();
        reviews.judge(review.ref(), "co1", "emerging");
        reviews.flag(review.ref(), "co2", true);
        Completeness completeness = reviews.completeness(reviews.revision(review.ref()));
        assertThat(completeness.items()).isEqualTo(35);
        assertThat(completeness.unjudged()).isEqualTo(34);
        assertThat(completeness.withoutEvidence()).isEqualTo(35);
        assertThat(completeness.flagged()).isEqualTo(1);
        Completeness.SectionState communication = completeness.sections().get(4);
        assertThat(communication.title()).isEqualTo("Communication");
        assertThat(communication.unjudged()).isEqualTo(4);
        assertThat(communication.items().get(0).levelId()).isEqualTo("emerging");
        assertThat(communication.items().get(1).flagged()).isTrue();
    }

    @Test
    void overridingTheComputedOutcomeNeedsAReasonWhichIsKept() {
        Review review = startWolverhampton();
        judgeAll(review, "emerging");
        assertThat(reviews.evaluate(reviews.revision(review.ref())).met()).isFalse();
        assertThatThrownBy(() -> reviews.recordDecision(review.ref(), Decision.AWARDED, "Good work", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("give a reason");
        reviews.recordDecision(review.ref(), Decision.NOT_YET, "Not yet", "ignored reason");
        assertThat(reviews.revision(review.ref()).decision()).isEqualTo(new RecordedDecision(Decision.NOT_YET, "Not yet", null));
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Strong practice", "Evidence seen after the visit");
        assertThat(reviews.revision(review.ref()).decision())
                .isEqualTo(new RecordedDecision(Decision.AWARDED, "Strong practice", "Evidence seen after the visit"));
    }

    @Test
    void finalisingLocksTheRevisionAndAmendingOpensANewOne() throws Exception {
        Review review = startWolverhampton();
        assertThatThrownBy(() -> reviews.finalise(review.ref())).hasMessage("Record a decision before finalising the review.");
        judgeAll(review, "established");
        Path photo = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the pupils’ council");
        List<String> principleItems = wolverhampton.judgedItems().stream().map(Item::id).filter(id -> !id.startsWith("p")).toList();
        evidence.attach(review.ref(), photo, principleItems, "Council minutes", ProgressMonitor.NONE);
        reviews.addVoice(review.ref(), "p1", "Pupil", "We decide.", true);
        reviews.recordDecision(review.ref(), Decision.AWARDED, "Co-production is embedded", null);

        Review finalised = reviews.finalise(review.ref());
        assertThat(finalised.status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(finalised.computedOutcome()).isEqualTo(ComputedOutcome.MET);
        assertThat(finalised.awardedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(finalised.validUntil()).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(finalised.finalisedBy()).isEqualTo("Officer One");
        assertThat(finalised.finalisedAt()).isEqualTo(NOW);

        String locked = "This review is finalised and cannot be changed. Amend it to make a new revision.";
        assertThatThrownBy(() -> reviews.judge(review.ref(), "p1", "emerging")).hasMessage(locked);
        assertThatThrownBy(() -> reviews.addVoice(review.ref(), "p1", "Pupil", "x", false)).hasMessage(locked);
        assertThatThrownBy(() -> reviews.finalise(review.ref())).hasMessage(locked);
        assertThatThrownBy(() -> evidence.attach(review.ref(), photo, List.of(), null, ProgressMonitor.NONE)).hasMessage(locked);
        assertThatThrownBy(() -> evidence.remove(review.ref(), finalised.evidence().get(0).id())).hasMessage(locked);

        assertThatThrownBy(() -> reviews.amend(review.id(), "")).hasMessage("The reason for amending is needed.");
        Review amended = reviews.amend(review.id(), "School sent further evidence");
        assertThat(amended.revision()).isEqualTo(2);
        assertThat(amended.ref()).isNotEqualTo(review.ref());
        assertThat(amended.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(amended.amendmentReason()).isEqualTo("School sent further evidence");
        assertThat(amended.judgements()).isEqualTo(finalised.judgements());
        assertThat(amended.voices()).extracting(Voice::said).containsExactly("We decide.");
        assertThat(amended.evidence()).singleElement().satisfies(e -> {
            assertThat(e.sha256()).isEqualTo(finalised.evidence().get(0).sha256());
            assertThat(e.linkedItemIds()).containsExactlyInAnyOrderElementsOf(principleItems);
        });
        assertThat(amended.decision()).isEqualTo(finalised.decision());
        assertThat(amended.participants()).isEqualTo(finalised.participants());
        assertThatThrownBy(() -> reviews.amend(review.id(), "again")).hasMessageContaining("still in progress");

        reviews.judge(amended.ref(), "p1", "embedded");
        evidence.remove(amended.ref(), amended.evidence().get(0).id());
        Review first = reviews.revision(review.id(), 1);
        assertThat(first).isEqualTo(finalised);
        assertThat(reviews.latest(review.id()).revision()).isEqualTo(2);
        assertThat(reviews.revisions(review.id())).extracting(RevisionInfo::revision, RevisionInfo::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReviewStatus.FINALISED),
                        org.assertj.core.groups.Tuple.tuple(2, ReviewStatus.IN_PROGRESS));
        // The content is still stored: revision 1 refers to it.
        assertThat(evidence.openContent(first.evidence().get(0).sha256())).hasContent("Minutes of the pupils’ council");
        assertThat(reviews.auditTrail(review.id())).extracting(AuditEntry::event)
                .contains("review.finalised", "review.amended", "evidence.attached", "evidence.removed");
    }

    @Test
    void listsFilterAndRenewalsAndAwardsComeFromFinalisedAwards() {
        Review awarded = startWolverhampton();
        judgeAll(awarded, "established");
        reviews.recordDecision(awarded.ref(), Decision.AWARDED, "Done", "Evidence reviewed on paper");
        reviews.finalise(awarded.ref());
        Review open = reviews.start(new NewReview(schoolId, bcp.id(), bcp.version(), LocalDate.of(2026, 1, 5), List.of(), List.of()));

        assertThat(reviews.list(ReviewFilter.all())).extracting(ReviewSummary::id).containsExactly(awarded.id(), open.id());
        assertThat(reviews.list(new ReviewFilter(null, bcp.id(), null, null, null))).extracting(ReviewSummary::id)
                .containsExactly(open.id());
        assertThat(reviews.list(new ReviewFilter(null, null, ReviewStatus.FINALISED, null, null))).hasSize(1);
        assertThat(reviews.list(new ReviewFilter(schoolId, null, null, LocalDate.of(2026, 2, 1), null)))
                .extracting(ReviewSummary::id).containsExactly(awarded.id());
        assertThat(reviews.list(new ReviewFilter(schoolId + 1, null, null, null, null))).isEmpty();
        assertThat(reviews.list(new ReviewFilter(null, null, null, null, LocalDate.of(2026, 1, 31))))
                .extracting(ReviewSummary::charterTitle).containsExactly("Our Co-Production Pledge");

        assertThat(reviews.currentAwards()).singleElement().satisfies(s -> {
            assertThat(s.schoolName()).isEqualTo("Low Hill Nursery School");
            assertThat(s.validUntil()).isEqualTo(LocalDate.of(2028, 3, 10));
        });
        assertThat(reviews.dueForRenewal(30)).isEmpty();
        assertThat(reviews.dueForRenewal(800)).extracting(ReviewSummary::id).containsExactly(awarded.id());

        // An amendment in progress leaves the award standing.
        reviews.amend(awarded.id(), "typo");
        assertThat(reviews.currentAwards()).extracting(ReviewSummary::revision).containsExactly(1);
        assertThat(reviews.resolveId(awarded.id().toString().substring(0, 8))).isEqualTo(awarded.id());
        assertThatThrownBy(() -> reviews.resolveId("zzzz")).hasMessage("There is no review zzzz.");
    }

    @Test
    void onlyConsentingPledgeSignatoriesArePublishable() {
        long second = ReviewFixtures.insertSchool(workspace.database().dsl(), "St Anthony’s Catholic Primary Academy", "140001");
        for (long school : List.of(schoolId, second)) {
            Review pledge = reviews.start(new NewReview(school, bcp.id(), bcp.version(), LocalDate.of(2026, 3, 1), List.of(), List.of()));
            bcp.judgedItems().forEach(i -> reviews.judge(pledge.ref(), i.id(), "acknowledged"));
            boolean consent = school == schoolId;
            reviews.recordSignatory(pledge.ref(), new PledgeSignatory("Signer " + school, "Head teacher",
                    "School " + school, LocalDate.of(2026, 3, 1), consent));
            reviews.recordDecision(pledge.ref(), Decision.AWARDED, null, null);
            reviews.finalise(pledge.ref());
        }
        assertThat(reviews.publishableSignatories()).singleElement()
                .satisfies(p -> assertThat(p.signatory().name()).isEqualTo("Signer " + schoolId));
    }

    @Test
    void writesFromSeveralThreadsAllLand() throws Exception {
        Review review = startWolverhampton();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (Item item : wolverhampton.judgedItems()) {
            futures.add(pool.submit(() -> {
                reviews.judge(review.ref(), item.id(), "embedded");
                reviews.addVoice(review.ref(), item.id(), "Pupil", "Said about " + item.id(), false);
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Review stored = reviews.revision(review.ref());
        assertThat(stored.judgements()).hasSize(35);
        assertThat(stored.voices()).hasSize(35);
    }
}
