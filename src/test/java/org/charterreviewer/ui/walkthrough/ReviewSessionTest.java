package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.ReviewChange;
import org.junit.jupiter.api.Test;

/** The session: changes shown at once, written in order, typing after a pause, failures said plainly. */
class ReviewSessionTest {

    @Test
    void typedTextIsShownAtOnceAndWrittenOnlyAfterThePauseAsItsLatestValue() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.note().textProperty().set("P");
        h.vm.note().textProperty().set("Pupils");
        h.vm.note().textProperty().set("Pupils described the council");
        assertThat(h.vm.session().getReview().itemNote("p1")).hasValueSatisfying(n ->
                assertThat(n.body()).isEqualTo("Pupils described the council"));
        assertThat(h.vm.sidebar().stateOf(h.vm.sidebar().entries().get(1))).isNotEmpty();
        assertThat(h.editor.applied()).isEmpty();
        assertThat(h.vm.session().getSaveState()).isEqualTo(ReviewSession.SaveState.SAVING);

        h.pause.end();
        assertThat(h.editor.applied()).containsExactly(
                new ReviewChange.SetItemNote("p1", "Pupils described the council", false));
        assertThat(h.vm.session().getSaveState()).isEqualTo(ReviewSession.SaveState.SAVED);
        assertThat(h.vm.header().saveMessageProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aChangeAfterTypingIsWrittenAfterTheTypedText() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.note().textProperty().set("Seen the minutes");
        h.vm.item().judgeByNumber(3);
        assertThat(h.editor.applied()).containsExactly(new ReviewChange.SetItemNote("p1", "Seen the minutes", false),
                new ReviewChange.Judge("p1", "established"));
        assertThat(h.pause.running()).isFalse();
    }

    @Test
    void movingOnOrLeavingWritesWhatIsTyped() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.note().textProperty().set("First promise");
        h.vm.item().next();
        assertThat(h.stored().itemNote("p1")).isPresent();
        h.vm.note().textProperty().set("Second promise");
        h.vm.close();
        assertThat(h.stored().itemNote("p2")).hasValueSatisfying(n -> assertThat(n.body()).isEqualTo("Second promise"));
    }

    @Test
    void aWriteThatFailsIsSaidInPlainWordsAndTheReviewShowsWhatIsStored() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.item().judgeByNumber(2);
        h.editor.failNextApply(new IllegalStateException("disk full at sector 7"));
        h.vm.item().next();
        h.vm.item().judgeByNumber(4);

        assertThat(h.vm.session().getSaveState()).isEqualTo(ReviewSession.SaveState.FAILED);
        assertThat(h.vm.header().saveMessageProperty().get()).startsWith("Not saved: Something went wrong")
                .doesNotContain("IllegalStateException", "sector");
        assertThat(h.dialogs.errors()).singleElement().asString().contains("could not be saved")
                .doesNotContain("IllegalStateException");
        // Taken as stored again: the judgement that was not written is not shown as if it were.
        assertThat(h.vm.session().getReview().levelOf("p2")).isEmpty();
        assertThat(h.vm.item().getLevel()).isNull();
        assertThat(h.vm.session().getReview().levelOf("p1")).contains("emerging");

        h.vm.item().judgeByNumber(4);
        assertThat(h.stored().levelOf("p2")).contains("embedded");
        assertThat(h.vm.session().getSaveState()).isEqualTo(ReviewSession.SaveState.SAVED);
    }

    @Test
    void aRefusedWriteGivesTheRulesOwnMessage() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.editor.failNextApply(new InvalidInputException("This review was changed elsewhere."));
        h.vm.item().toggleFlag();
        assertThat(h.vm.header().saveMessageProperty().get()).contains("This review was changed elsewhere.");
        assertThat(h.vm.item().flaggedProperty().get()).isFalse();
    }

    @Test
    void everyWriteGoesThroughTheAppsTaskExecutor() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.tasks.titles.clear();
        h.vm.item().judgeByNumber(1);
        h.vm.item().toggleFlag();
        assertThat(h.tasks.titles).containsExactly("Saving the review", "Saving the review");
        assertThat(List.copyOf(h.editor.applied())).hasSize(2);
    }
}
