package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The note pane on the in-memory editor. */
class NoteViewModelTest {

    @Test
    void aNoteIsKeptPerItemAndShownAgainWhenComingBack() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        NoteViewModel note = h.vm.note();
        note.textProperty().set("Pupils described the council");
        note.internalProperty().set(true);
        note.flush();
        assertThat(h.stored().itemNote("p1")).hasValueSatisfying(n -> {
            assertThat(n.body()).isEqualTo("Pupils described the council");
            assertThat(n.internal()).isTrue();
        });
        h.vm.item().next();
        assertThat(note.textProperty().get()).isEmpty();
        assertThat(note.internalProperty().get()).isFalse();
        h.vm.item().previous();
        assertThat(note.textProperty().get()).isEqualTo("Pupils described the council");
        assertThat(note.internalProperty().get()).isTrue();
    }

    @Test
    void aFinalisedReviewTakesNoNote() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.outcome().decisionProperty().set(org.charterreviewer.review.Decision.NOT_YET);
        h.vm.outcome().finalise();
        assertThat(h.stored().isFinalised()).isTrue();
        h.vm.note().textProperty().set("too late");
        h.vm.session().flush();
        assertThat(h.stored().itemNote("p1")).isEmpty();
    }
}
