package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The voices pane on the in-memory editor. */
class VoicesViewModelTest {

    @Test
    void aVoiceNeedsARoleAndWordsAndIsShownAtOnce() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        VoicesViewModel voices = h.vm.voices();
        voices.saidProperty().set("We chose the new playground equipment");
        voices.save();
        assertThat(voices.messageProperty().get()).contains("role");
        assertThat(h.stored().voices()).isEmpty();

        voices.roleProperty().set("Pupils’ group");
        voices.consentProperty().set(true);
        voices.save();
        assertThat(voices.voices()).singleElement().satisfies(v -> assertThat(v.consentToShare()).isTrue());
        assertThat(h.stored().voicesFor("p1")).singleElement()
                .satisfies(v -> assertThat(v.said()).isEqualTo("We chose the new playground equipment"));
        assertThat(voices.saidProperty().get()).isEmpty();
        assertThat(voices.messageProperty().get()).isEmpty();
    }

    @Test
    void editsARecordedVoiceInPlaceAndCancelLeavesItAsStored() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        VoicesViewModel voices = h.vm.voices();
        voices.roleProperty().set("Parent carer");
        voices.saidProperty().set("We were asked");
        voices.save();
        long id = voices.voices().get(0).id();
        voices.roleProperty().set("Pupil");
        voices.saidProperty().set("half typed");

        voices.edit(voices.voices().get(0));
        assertThat(voices.saidProperty().get()).isEqualTo("We were asked");
        voices.saidProperty().set("   ");
        voices.save();
        assertThat(voices.messageProperty().get()).contains("role");
        assertThat(voices.getEditing()).isNotNull();
        voices.saidProperty().set("We were asked and listened to");
        voices.consentProperty().set(true);
        voices.save();
        assertThat(h.stored().voicesFor("p1")).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.speakerRole()).isEqualTo("Parent carer");
            assertThat(v.said()).isEqualTo("We were asked and listened to");
            assertThat(v.consentToShare()).isTrue();
        });
        // The form gives back what was being typed before the edit.
        assertThat(voices.getEditing()).isNull();
        assertThat(voices.roleProperty().get()).isEqualTo("Pupil");
        assertThat(voices.saidProperty().get()).isEqualTo("half typed");

        voices.edit(voices.voices().get(0));
        voices.saidProperty().set("Something else");
        voices.cancelEdit();
        assertThat(h.stored().voicesFor("p1").get(0).said()).isEqualTo("We were asked and listened to");

        voices.edit(voices.voices().get(0));
        h.vm.item().next();
        assertThat(voices.getEditing()).isNull();
        assertThat(voices.voices()).isEmpty();
        h.vm.item().previous();
        voices.remove(voices.voices().get(0));
        assertThat(h.stored().voices()).isEmpty();
    }
}
