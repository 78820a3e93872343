package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The signatory pane of a pledge on the in-memory editor. */
class SignatoryViewModelTest {

    @Test
    void aPledgeIsAcknowledgedPerCommitmentAndSigned() {
        WalkthroughHarness h = WalkthroughHarness.pledgeWithVision();
        assertThat(h.vm.item().isPledge()).isTrue();
        assertThat(h.vm.item().levels()).extracting(l -> l.label()).containsExactly("Acknowledged");
        while (h.vm.item().getItem() != null) {
            h.vm.item().judgeByNumber(1);
            if (!h.vm.item().hasNextProperty().get()) {
                break;
            }
            h.vm.item().next();
        }
        assertThat(h.vm.outcome().headlineProperty().get()).isEqualTo("Pledge not signed yet");
        SignatoryViewModel sign = h.vm.signatory();
        sign.nameProperty().set("Sam Patel");
        assertThat(sign.hintProperty().get()).contains("organisation");
        sign.roleProperty().set("Head teacher");
        sign.organisationProperty().set("Oak Hill Primary");
        sign.dateProperty().set(LocalDate.of(2026, 11, 20));
        sign.consentProperty().set(true);
        assertThat(h.vm.outcome().headlineProperty().get()).isEqualTo("Pledge signed");
        sign.flush();
        assertThat(h.stored().signatories().get(0).consentToPublish()).isTrue();
        assertThat(h.stored().signatories().get(0).name()).isEqualTo("Sam Patel");
    }
}
