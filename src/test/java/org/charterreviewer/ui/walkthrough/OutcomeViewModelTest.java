package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewStatus;
import org.junit.jupiter.api.Test;

/** The outcome pane on the in-memory editor: decision, override reason, finalising and amending. */
class OutcomeViewModelTest {

    @Test
    void overridingTheOutcomeNeedsAReasonThenFinaliseLocksAndAmendReopens() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        OutcomeViewModel outcome = h.vm.outcome();
        h.vm.item().judgeByNumber(1);
        assertThat(outcome.headlineProperty().get()).contains("not met");
        assertThat(outcome.findings()).anySatisfy(f -> assertThat(f).startsWith("✗"));

        outcome.decisionProperty().set(Decision.AWARDED);
        assertThat(outcome.overrideNeededProperty().get()).isTrue();
        assertThat(outcome.hintProperty().get()).contains("reason");
        assertThat(h.stored().decision()).isNull();
        outcome.finalise();
        assertThat(h.dialogs.errors()).last().asString().contains("reason");
        assertThat(h.stored().status()).isEqualTo(ReviewStatus.IN_PROGRESS);

        outcome.overrideReasonProperty().set("Strong evidence seen after the visit");
        outcome.summaryProperty().set("A good start");
        outcome.flush();
        assertThat(h.stored().decision().overrideReason()).isEqualTo("Strong evidence seen after the visit");
        assertThat(h.stored().decision().summary()).isEqualTo("A good start");

        // A voice half edited is not silently dropped by finalising.
        h.vm.voices().roleProperty().set("Parent carer");
        h.vm.voices().saidProperty().set("We were asked");
        h.vm.voices().save();
        h.vm.voices().edit(h.vm.voices().voices().get(0));
        outcome.finalise();
        assertThat(h.dialogs.errors()).last().asString().contains("Save or cancel");
        assertThat(h.stored().status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        h.vm.voices().cancelEdit();

        outcome.finalise();
        assertThat(h.dialogs.confirmations()).last().asString().contains("Finalise this review?");
        // The answers say what they do, never OK.
        assertThat(h.dialogs.confirmationButtons()).last().isEqualTo("Finalise / Keep editing");
        assertThat(h.stored().status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(h.vm.session().isEditable()).isFalse();
        assertThat(h.vm.header().finalisedBannerProperty().get()).startsWith("Finalised on")
                .doesNotContain("by —").doesNotContain("null");
        h.vm.item().judgeByNumber(4);
        assertThat(h.stored().levelOf("p1")).contains("not-yet");

        h.dialogs.textAnswers.add("Judgement corrected");
        outcome.amend();
        assertThat(h.stored().revision()).isEqualTo(2);
        assertThat(h.vm.session().getReview().revision()).isEqualTo(2);
        assertThat(h.vm.session().isEditable()).isTrue();
        assertThat(h.vm.header().statusLabelProperty().get()).isEqualTo("In progress (revision 2)");
        h.vm.item().judgeByNumber(3);
        assertThat(h.stored().levelOf("p1")).contains("established");
    }

    @Test
    void aDecisionMatchingTheOutcomeIsRecordedAtOnce() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.outcome().decisionProperty().set(Decision.NOT_YET);
        assertThat(h.stored().decision().decision()).isEqualTo(Decision.NOT_YET);
        assertThat(h.vm.outcome().hintProperty().get()).isEmpty();
    }
}
