package org.charterreviewer.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.charterreviewer.charter.Item;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.ui.review.WalkthroughFixture.FakeDialogs;
import org.charterreviewer.ui.review.WalkthroughFixture.FakeNavigator;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewWalkthroughViewModelTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final FakeNavigator navigator = new FakeNavigator();

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private ReviewWalkthroughViewModel open(String charterId) {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")));
        Review review = WalkthroughFixture.startReview(workspace, charterId);
        ReviewWalkthroughViewModel vm = new ReviewWalkthroughViewModel(review.id(), workspace.reviews(),
                workspace.evidence(), workspace.eraser(), AutosaveQueue.immediate(), new ImmediateTaskExecutor(), dialogs, navigator);
        vm.open();
        return vm;
    }

    private Review stored(ReviewWalkthroughViewModel vm) {
        return workspace.reviews().latest(vm.reviewId());
    }

    @Test
    void numberKeysJudgeInScaleOrderAndZeroClears() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        Item first = vm.getCurrentItem();
        assertThat(first.id()).isEqualTo("we-promise-1");

        vm.judgeByNumber(3);
        assertThat(stored(vm).levelOf(first.id())).contains("established");
        assertThat(vm.getLevel()).isEqualTo("established");
        vm.judgeByNumber(9);
        assertThat(stored(vm).levelOf(first.id())).contains("established");
        vm.judgeByNumber(0);
        assertThat(stored(vm).levelOf(first.id())).isEmpty();
        assertThat(vm.getSaveState()).isEqualTo(ReviewWalkthroughViewModel.SaveState.SAVED);
    }

    @Test
    void movesByItemAndJumpsToTheNextUnjudged() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.judgeByNumber(2);
        vm.next();
        vm.judgeByNumber(2);
        vm.previous();
        assertThat(vm.getCurrentItem().id()).isEqualTo("we-promise-1");
        vm.nextUnjudged();
        assertThat(vm.getCurrentItem().id()).isEqualTo("we-promise-3");
        assertThat(vm.completenessLabelProperty().get()).startsWith("2 of 35 judged");
    }

    @Test
    void aReopenedReviewStartsAtTheFirstItemNotJudged() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.judgeByNumber(4);
        ReviewWalkthroughViewModel again = new ReviewWalkthroughViewModel(vm.reviewId(), workspace.reviews(),
                workspace.evidence(), workspace.eraser(), AutosaveQueue.immediate(), new ImmediateTaskExecutor(), dialogs, navigator);
        again.open();
        assertThat(again.getCurrentItem().id()).isEqualTo("we-promise-2");
    }

    @Test
    void notesAreWrittenAsTypedAndShownAgainWhenComingBack() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.noteTextProperty().set("Pupils described the council");
        vm.noteInternalProperty().set(true);
        assertThat(stored(vm).itemNote("we-promise-1")).hasValueSatisfying(n -> {
            assertThat(n.body()).isEqualTo("Pupils described the council");
            assertThat(n.internal()).isTrue();
        });
        vm.next();
        assertThat(vm.noteTextProperty().get()).isEmpty();
        vm.previous();
        assertThat(vm.noteTextProperty().get()).isEqualTo("Pupils described the council");
    }

    @Test
    void voicesNeedARoleAndWordsAndActionsNeedAWhat() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.voiceSaidProperty().set("We chose the new playground equipment");
        vm.addVoice();
        assertThat(vm.formMessageProperty().get()).contains("role");
        assertThat(stored(vm).voices()).isEmpty();

        vm.voiceRoleProperty().set("Pupils’ group");
        vm.voiceConsentProperty().set(true);
        vm.addVoice();
        assertThat(stored(vm).voicesFor("we-promise-1")).singleElement()
                .satisfies(v -> assertThat(v.consentToShare()).isTrue());
        assertThat(vm.voices()).hasSize(1);
        assertThat(vm.voiceSaidProperty().get()).isEmpty();

        vm.addAction();
        assertThat(stored(vm).actions()).isEmpty();
        vm.actionWhatProperty().set("Share minutes with families");
        vm.actionOwnerProperty().set("SENCO");
        vm.actionDueProperty().set(LocalDate.of(2027, 1, 31));
        vm.addAction();
        assertThat(vm.actions()).singleElement().satisfies(a -> assertThat(a.ownerRole()).isEqualTo("SENCO"));
        vm.setActionDone(vm.actions().get(0), true);
        assertThat(stored(vm).actions().get(0).done()).isTrue();
    }

    @Test
    void editsARecordedVoiceAndActionInPlaceAndCancelLeavesThemAsStored() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        long key = stored(vm).key();
        long voiceId = workspace.reviews().addVoice(key, "we-promise-1", "Parent carer", "We were asked", false);
        long actionId = workspace.reviews().addAction(key, "we-promise-1", "Share minutes", "SENCO", null);
        vm.open();
        vm.voiceRoleProperty().set("Pupil");
        vm.voiceSaidProperty().set("half typed");

        vm.editVoice(vm.voices().get(0));
        assertThat(vm.voiceSaidProperty().get()).isEqualTo("We were asked");
        vm.voiceSaidProperty().set("   ");
        vm.saveVoice();
        assertThat(vm.formMessageProperty().get()).contains("role");
        assertThat(vm.getEditingVoice()).isNotNull();
        vm.voiceSaidProperty().set("We were asked and listened to");
        vm.voiceConsentProperty().set(true);
        vm.saveVoice();
        assertThat(stored(vm).voicesFor("we-promise-1")).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(voiceId);
            assertThat(v.speakerRole()).isEqualTo("Parent carer");
            assertThat(v.said()).isEqualTo("We were asked and listened to");
            assertThat(v.consentToShare()).isTrue();
        });
        // The form gives back what was being typed before the edit.
        assertThat(vm.getEditingVoice()).isNull();
        assertThat(vm.voiceRoleProperty().get()).isEqualTo("Pupil");
        assertThat(vm.voiceSaidProperty().get()).isEqualTo("half typed");

        vm.editVoice(vm.voices().get(0));
        vm.voiceSaidProperty().set("Something else");
        vm.cancelVoiceEdit();
        assertThat(stored(vm).voicesFor("we-promise-1").get(0).said()).isEqualTo("We were asked and listened to");

        vm.editAction(vm.actions().get(0));
        vm.actionWhatProperty().set("Share minutes with families");
        vm.actionOwnerProperty().set("Head teacher");
        vm.actionDueProperty().set(LocalDate.of(2027, 3, 1));
        vm.saveAction();
        vm.toggleDone(vm.actions().get(0));
        assertThat(stored(vm).actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(actionId);
            assertThat(a.description()).isEqualTo("Share minutes with families");
            assertThat(a.ownerRole()).isEqualTo("Head teacher");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(a.done()).isTrue();
        });
        assertThat(vm.getSaveState()).isEqualTo(ReviewWalkthroughViewModel.SaveState.SAVED);

        // Moving to another item lets go of an edit without writing it.
        vm.editAction(vm.actions().get(0));
        vm.actionWhatProperty().set("Not this");
        vm.next();
        assertThat(vm.getEditingAction()).isNull();
        assertThat(vm.actionWhatProperty().get()).isEmpty();
        assertThat(stored(vm).actions().get(0).description()).isEqualTo("Share minutes with families");
    }

    @Test
    void aSectionWithoutItemsShowsItsOwnWordsAndNothingCanBeRecordedThere() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.BCP);
        ReviewWalkthroughViewModel.SidebarEntry vision = vm.sidebar().get(0);
        assertThat(vision.isSection()).isTrue();
        assertThat(vision.section().items()).isEmpty();

        vm.goTo(vision);
        assertThat(vm.getShownSection()).isEqualTo(vision.section());
        assertThat(vm.getCurrentItem()).isNull();
        assertThat(vm.voices()).isEmpty();
        vm.judgeByNumber(1);
        vm.noteTextProperty().set("not recorded");
        vm.voiceRoleProperty().set("Pupil");
        vm.voiceSaidProperty().set("not recorded");
        vm.addVoice();
        Review r = stored(vm);
        assertThat(r.judgements()).isEmpty();
        assertThat(r.voices()).isEmpty();

        vm.next();
        assertThat(vm.getShownSection()).isNull();
        assertThat(vm.getCurrentItem()).isEqualTo(vm.items().get(0));
        vm.goTo(vm.sidebar().get(1));
        assertThat(vm.getShownSection().title()).isEqualTo("Our Aim:");
        vm.previous();
        assertThat(vm.getCurrentItem()).isNull();
        assertThat(vm.getShownSection().title()).isEqualTo("Our Aim:");
    }

    @Test
    void attachesFilesToTheItemAndRefusesOversizedOnesWithAPlainMessage() throws Exception {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        Path photo = WalkthroughFixture.png(dir, "display.png");
        dialogs.filesToOpen = List.of(photo);
        vm.chooseFilesToAttach();
        assertThat(vm.itemEvidence()).singleElement().satisfies(e -> {
            assertThat(e.originalName()).isEqualTo("display.png");
            assertThat(e.isImage()).isTrue();
        });
        byte[][] thumb = new byte[1][];
        vm.thumbnail(vm.itemEvidence().get(0), png -> thumb[0] = png);
        assertThat(thumb[0]).isNotEmpty();

        vm.open(vm.itemEvidence().get(0));
        assertThat(dialogs.opened).singleElement().satisfies(p -> assertThat(Files.size(p)).isEqualTo(Files.size(photo)));

        workspace.evidence().setMaxBytes(10);
        vm.attach(List.of(WalkthroughFixture.png(dir, "big.png"), dir.resolve("missing.pdf")));
        assertThat(dialogs.errors).anySatisfy(m -> assertThat(m).contains("big.png", "nothing was stored"));
        assertThat(dialogs.errors).anySatisfy(m -> assertThat(m).contains("missing.pdf", "cannot be read"));
        assertThat(stored(vm).evidence()).hasSize(1);

        vm.next();
        assertThat(vm.itemEvidence()).isEmpty();
        assertThat(vm.linkableEvidence()).hasSize(1);
        vm.link(vm.linkableEvidence().get(0));
        assertThat(stored(vm).evidence().get(0).linkedItemIds()).containsExactly("we-promise-1", "we-promise-2");
        vm.unlink(vm.itemEvidence().get(0));
        assertThat(stored(vm).evidence().get(0).linkedItemIds()).containsExactly("we-promise-1");
    }

    @Test
    void overridingTheOutcomeNeedsAReasonThenFinaliseLocksAndAmendReopens() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.judgeByNumber(1);
        assertThat(vm.outcomeHeadlineProperty().get()).contains("not met");
        assertThat(vm.findings()).anySatisfy(f -> assertThat(f).startsWith("✗"));

        vm.decisionProperty().set(Decision.AWARDED);
        assertThat(vm.overrideNeededProperty().get()).isTrue();
        assertThat(stored(vm).decision()).isNull();
        vm.finalise();
        assertThat(dialogs.errors).last().asString().contains("reason");
        assertThat(stored(vm).status()).isEqualTo(ReviewStatus.IN_PROGRESS);

        vm.overrideReasonProperty().set("Strong evidence seen after the visit");
        vm.summaryProperty().set("A good start");
        assertThat(stored(vm).decision().overrideReason()).isEqualTo("Strong evidence seen after the visit");

        // A voice half edited is not silently dropped by finalising.
        vm.open();
        workspace.reviews().addVoice(stored(vm).key(), vm.getCurrentItem().id(), "Parent carer", "We were asked", false);
        vm.open();
        vm.editVoice(vm.voices().get(0));
        vm.voiceSaidProperty().set("We were asked, and listened to");
        vm.finalise();
        assertThat(dialogs.errors).last().asString().contains("Save or cancel");
        assertThat(stored(vm).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        vm.saveVoice();
        // An award, even an overriding one, rests on every item judged.
        Review judging = stored(vm);
        workspace.reviews().charterOf(judging).judgedItems().stream().filter(i -> judging.levelOf(i.id()).isEmpty())
                .forEach(i -> workspace.reviews().judge(judging.key(), i.id(), "embedded"));
        vm.open();

        vm.finalise();
        assertThat(stored(vm).status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(vm.isEditable()).isFalse();
        assertThat(vm.finalisedBannerProperty().get()).startsWith("Finalised on");
        vm.judgeByNumber(4);
        vm.noteTextProperty().set("too late");
        assertThat(stored(vm).levelOf("we-promise-1")).contains("not-yet");
        assertThat(stored(vm).itemNote("we-promise-1")).isEmpty();
        assertThat(vm.revisions()).singleElement().asString().contains("finalised");
        assertThat(vm.auditTrail()).anySatisfy(line -> assertThat(line).contains("Review finalised"))
                .noneSatisfy(line -> assertThat(line).contains("review.finalised"));

        dialogs.textAnswers.add("Judgement corrected");
        vm.amend();
        assertThat(stored(vm).revision()).isEqualTo(2);
        assertThat(vm.isEditable()).isTrue();
        assertThat(vm.revisions()).hasSize(2);
        vm.judgeByNumber(3);
        assertThat(stored(vm).levelOf(vm.getCurrentItem().id())).contains("established");
    }

    @Test
    void aPledgeIsAcknowledgedPerCommitmentAndSigned() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.BCP);
        assertThat(vm.isPledge()).isTrue();
        assertThat(vm.levels()).extracting(l -> l.label()).containsExactly("Acknowledged");
        for (Item ignored : vm.items()) {
            if (vm.isCurrentItemJudged()) {
                vm.judgeByNumber(1);
            }
            vm.next();
        }
        assertThat(vm.outcomeHeadlineProperty().get()).isEqualTo("Pledge not signed yet");
        vm.signNameProperty().set("Sam Patel");
        assertThat(vm.signatoryHintProperty().get()).contains("organisation");
        vm.signRoleProperty().set("Head teacher");
        vm.signOrganisationProperty().set("Oak Hill Primary");
        vm.signDateProperty().set(LocalDate.of(2026, 11, 20));
        vm.signConsentProperty().set(true);
        assertThat(stored(vm).signatory().consentToPublish()).isTrue();
        assertThat(vm.outcomeHeadlineProperty().get()).isEqualTo("Pledge signed");
    }

    @Test
    void backWritesPendingTextAndReturnsToTheList() {
        ReviewWalkthroughViewModel vm = open(WalkthroughFixture.WOLVERHAMPTON);
        vm.back();
        assertThat(navigator.backToList).isEqualTo(1);
    }
}
