package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The actions pane on the in-memory editor, with due dates read the UK way. */
class ActionsViewModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"1 Mar 2028", "01/03/2028", "1/3/2028", "2028-03-01", " 1 march 2028 ", "1.3.2028"})
    void aDueDateIsReadDayFirst(String typed) {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ActionsViewModel actions = h.vm.actions();
        actions.whatProperty().set("Share minutes with families");
        actions.dueProperty().set(typed);
        actions.save();
        assertThat(actions.dueErrorProperty().get()).isEmpty();
        assertThat(h.stored().actionsFor("p1")).singleElement()
                .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2028, 3, 1)));
        assertThat(ActionsViewModel.lineOf(h.stored().actions().get(0))).contains("by 1 Mar 2028");
    }

    @Test
    void aDateThatCannotBeReadIsSaidBesideTheFieldAndNothingIsAddedOrDropped() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ActionsViewModel actions = h.vm.actions();
        actions.whatProperty().set("Share minutes with families");
        actions.dueProperty().set("31/02/2028");
        actions.save();
        assertThat(actions.dueErrorProperty().get()).contains("31/02/2028", "1/3/2028");
        assertThat(h.stored().actions()).isEmpty();
        // What was typed stays, to be put right.
        assertThat(actions.whatProperty().get()).isEqualTo("Share minutes with families");
        assertThat(actions.dueProperty().get()).isEqualTo("31/02/2028");

        actions.dueProperty().set("next Tuesday");
        actions.save();
        assertThat(h.stored().actions()).isEmpty();
        actions.dueProperty().set("28/02/2028");
        assertThat(actions.dueErrorProperty().get()).isEmpty();
        actions.save();
        assertThat(h.stored().actions()).singleElement()
                .satisfies(a -> assertThat(a.dueDate()).isEqualTo(LocalDate.of(2028, 2, 28)));
    }

    @Test
    void anActionNeedsAWhatAndMayHaveNoDate() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ActionsViewModel actions = h.vm.actions();
        actions.save();
        assertThat(actions.messageProperty().get()).isEqualTo("Say what is to be done.");
        actions.whatProperty().set("Share minutes");
        actions.ownerProperty().set("SENCO");
        actions.save();
        assertThat(actions.actions()).singleElement().satisfies(a -> {
            assertThat(a.ownerRole()).isEqualTo("SENCO");
            assertThat(a.dueDate()).isNull();
        });
        assertThat(ActionsViewModel.lineOf(actions.actions().get(0))).contains("no date set");
    }

    @Test
    void editsAnActionShowingItsDateTheUkWayAndMarksItDone() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        ActionsViewModel actions = h.vm.actions();
        actions.whatProperty().set("Share minutes");
        actions.dueProperty().set("1/3/2027");
        actions.save();
        long id = actions.actions().get(0).id();

        actions.edit(actions.actions().get(0));
        assertThat(actions.dueProperty().get()).isEqualTo("1 Mar 2027");
        actions.whatProperty().set("Share minutes with families");
        actions.ownerProperty().set("Head teacher");
        actions.dueProperty().set("2 April 2027");
        actions.save();
        actions.toggleDone(actions.actions().get(0));
        assertThat(h.stored().actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.description()).isEqualTo("Share minutes with families");
            assertThat(a.ownerRole()).isEqualTo("Head teacher");
            assertThat(a.dueDate()).isEqualTo(LocalDate.of(2027, 4, 2));
            assertThat(a.done()).isTrue();
        });

        // Moving to another item lets go of an edit without writing it.
        actions.edit(actions.actions().get(0));
        actions.whatProperty().set("Not this");
        h.vm.item().next();
        assertThat(actions.getEditing()).isNull();
        assertThat(actions.whatProperty().get()).isEmpty();
        assertThat(h.stored().actions().get(0).description()).isEqualTo("Share minutes with families");
    }
}
