package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterreviewer.review.ReviewChange;
import org.junit.jupiter.api.Test;

/** The item pane on the in-memory editor: judging, flagging and moving between items. */
class ItemViewModelTest {

    @Test
    void numberKeysJudgeInScaleOrderAtOnceAndZeroClears() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ItemViewModel item = h.vm.item();
        assertThat(item.getItem().id()).isEqualTo("p1");

        item.judgeByNumber(3);
        assertThat(item.getLevel()).isEqualTo("established");
        assertThat(h.stored().levelOf("p1")).contains("established");
        item.judgeByNumber(9);
        assertThat(h.stored().levelOf("p1")).contains("established");
        item.judgeByNumber(0);
        assertThat(h.stored().levelOf("p1")).isEmpty();
        assertThat(h.editor.applied()).containsExactly(new ReviewChange.Judge("p1", "established"),
                new ReviewChange.Judge("p1", null));
        assertThat(h.vm.session().getSaveState()).isEqualTo(ReviewSession.SaveState.SAVED);
    }

    @Test
    void flagsAndShowsThePositionInTheSection() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ItemViewModel item = h.vm.item();
        assertThat(item.positionProperty().get()).isEqualTo("Promise 1 of 9");
        item.toggleFlag();
        assertThat(item.flaggedProperty().get()).isTrue();
        assertThat(h.stored().isFlagged("p1")).isTrue();
        assertThat(h.vm.header().completenessLabelProperty().get()).contains("1 flagged");
    }

    @Test
    void movesByItemAndJumpsToTheNextUnjudged() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ItemViewModel item = h.vm.item();
        assertThat(item.hasPreviousProperty().get()).isFalse();
        item.judgeByNumber(2);
        item.next();
        item.judgeByNumber(2);
        item.previous();
        assertThat(item.getItem().id()).isEqualTo("p1");
        item.nextUnjudged();
        assertThat(item.getItem().id()).isEqualTo("p3");
        assertThat(h.vm.header().completenessLabelProperty().get()).startsWith("2 of 35 judged");
        for (int i = 0; i < 40; i++) {
            item.next();
        }
        assertThat(item.getItem().id()).isEqualTo("mc5");
        assertThat(item.hasNextProperty().get()).isFalse();
    }

    @Test
    void reopeningAReviewReturnsToTheItemWhereTheOfficerLeftOff() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.item().judgeByNumber(4);
        h.vm.item().next();
        h.vm.item().next();
        h.vm.item().next();
        assertThat(h.vm.item().getItem().id()).isEqualTo("p4");
        h.vm.back();
        assertThat(h.navigator.backToList).isEqualTo(1);

        ReviewWalkthroughViewModel again = h.reopen();
        assertThat(again.item().getItem().id()).isEqualTo("p4");
    }

    @Test
    void aReviewNeverLeftOpensAtTheFirstItemNotJudged() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.item().judgeByNumber(4);
        h.places.clear();
        assertThat(h.reopen().item().getItem().id()).isEqualTo("p2");
    }

    @Test
    void aSectionWithoutItemsShowsItsWordsAndNothingIsRecordedThere() {
        WalkthroughHarness h = WalkthroughHarness.pledgeWithVision();
        SidebarViewModel.Entry vision = h.vm.sidebar().entries().get(0);
        assertThat(vision.isSection()).isTrue();

        h.vm.sidebar().goTo(vision);
        assertThat(h.vm.item().getShownSection()).isEqualTo(vision.section());
        assertThat(h.vm.item().getItem()).isNull();
        h.vm.item().judgeByNumber(1);
        h.vm.note().textProperty().set("not recorded");
        h.vm.voices().roleProperty().set("Pupil");
        h.vm.voices().saidProperty().set("not recorded");
        h.vm.voices().save();
        h.vm.session().flush();
        assertThat(h.editor.applied()).isEmpty();

        h.vm.item().next();
        assertThat(h.vm.item().getShownSection()).isNull();
        assertThat(h.vm.item().getItem().id()).isEqualTo("c1");
        assertThat(h.vm.sidebar().selectedProperty().get()).isEqualTo(2);
        h.vm.sidebar().goTo(vision);
        h.vm.item().previous();
        assertThat(h.vm.item().getShownSection().title()).isEqualTo("Our Vision:");
        assertThat(h.vm.sidebar().selectedProperty().get()).isZero();
    }
}
