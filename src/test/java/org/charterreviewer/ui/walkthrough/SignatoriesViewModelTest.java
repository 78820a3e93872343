package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReviewChange;
import org.junit.jupiter.api.Test;

/** The signatories pane of a pledge on the in-memory editor: several people, each with their own consent. */
class SignatoriesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

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
        SignatoriesViewModel sign = h.vm.signatories();
        sign.nameProperty().set("Sam Patel");
        sign.save();
        assertThat(sign.messageProperty().get()).contains("role");
        assertThat(h.stored().signatories()).isEmpty();
        sign.roleProperty().set("Head teacher");
        sign.consentProperty().set(true);
        sign.save();
        assertThat(h.vm.outcome().headlineProperty().get()).isEqualTo("Pledge signed");
        assertThat(h.stored().signatories()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Sam Patel");
            // The organisation starts as the school's, and the date as today.
            assertThat(s.organisation()).isEqualTo(h.stored().school().name());
            assertThat(s.signedOn()).isEqualTo(TODAY);
            assertThat(s.consentToPublish()).isTrue();
        });
        assertThat(sign.nameProperty().get()).isEmpty();
        assertThat(sign.consentProperty().get()).isFalse();
    }

    @Test
    void severalAreAddedEditedMovedAndRemovedEachWithTheirOwnConsent() {
        WalkthroughHarness h = WalkthroughHarness.pledgeWithVision();
        SignatoriesViewModel sign = h.vm.signatories();
        add(sign, "Sam Patel", "Head teacher", true);
        add(sign, "Mrs Patel", "Chair of governors", false);
        add(sign, "Ali Khan", "Pupil representative", true);
        assertThat(sign.signatories()).extracting(l -> l.signatory().name())
                .containsExactly("Sam Patel", "Mrs Patel", "Ali Khan");
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::consentToPublish)
                .containsExactly(true, false, true);

        // Editing loads the entry; saving changes it in place; the form gets back what it held before.
        sign.nameProperty().set("half-typed");
        sign.edit(sign.signatories().get(1));
        assertThat(sign.nameProperty().get()).isEqualTo("Mrs Patel");
        sign.consentProperty().set(true);
        sign.save();
        assertThat(sign.getEditing()).isNull();
        assertThat(sign.nameProperty().get()).isEqualTo("half-typed");
        assertThat(h.stored().signatories().get(1).consentToPublish()).isTrue();
        assertThat(h.stored().signatories()).hasSize(3);

        sign.move(sign.signatories().get(2), -1);
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name)
                .containsExactly("Sam Patel", "Ali Khan", "Mrs Patel");
        sign.move(sign.signatories().get(0), -1);
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name)
                .containsExactly("Sam Patel", "Ali Khan", "Mrs Patel");

        sign.remove(sign.signatories().get(0));
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Ali Khan", "Mrs Patel");
        assertThat(sign.signatories()).extracting(SignatoriesViewModel.Listed::index).containsExactly(0, 1);
    }

    @Test
    void aFinalisedPledgeIsReadOnly() {
        WalkthroughHarness h = WalkthroughHarness.pledgeWithVision();
        SignatoriesViewModel sign = h.vm.signatories();
        add(sign, "Sam Patel", "Head teacher", true);
        sign.edit(sign.signatories().get(0));
        h.vm.session().apply(new ReviewChange.RecordDecision(org.charterreviewer.review.Decision.NOT_YET, "Not yet",
                null));
        assertThat(h.vm.session().apply(new ReviewChange.Finalise())).isTrue();
        assertThat(sign.isEditable()).isFalse();
        assertThat(sign.getEditing()).isNull();

        sign.remove(sign.signatories().get(0));
        sign.edit(sign.signatories().get(0));
        add(sign, "Someone Else", "Parent representative", false);
        assertThat(sign.getEditing()).isNull();
        assertThat(h.stored().signatories()).extracting(PledgeSignatory::name).containsExactly("Sam Patel");
    }

    private static void add(SignatoriesViewModel sign, String name, String role, boolean consent) {
        sign.nameProperty().set(name);
        sign.roleProperty().set(role);
        sign.consentProperty().set(consent);
        sign.save();
    }
}
