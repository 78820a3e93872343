package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReviewFixtures;
import org.junit.jupiter.api.Test;

/** The header and the sidebar on the in-memory editor: what they say as the review changes. */
class HeaderAndSidebarViewModelTest {

    @Test
    void theHeaderSaysWhereTheReviewStands() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        HeaderViewModel header = h.vm.header();
        assertThat(header.schoolNameProperty().get()).isEqualTo("Oak Hill Primary");
        assertThat(header.charterLabelProperty().get()).contains("Children and Families Together", "2024.1");
        assertThat(header.statusLabelProperty().get()).isEqualTo("In progress (revision 1)");
        assertThat(header.completenessLabelProperty().get()).isEqualTo(
                "0 of 35 judged · 35 without evidence · 0 flagged");
        assertThat(header.saveMessageProperty().get()).isEqualTo("All changes saved");
        h.vm.item().judgeByNumber(2);
        assertThat(header.completenessLabelProperty().get()).startsWith("1 of 35 judged");
        header.back();
        assertThat(h.navigator.backToList).isEqualTo(1);
    }

    @Test
    void aReviewFinalisedWithoutARecordedNameSaysSoWithoutADanglingBy() {
        WalkthroughHarness named = WalkthroughHarness.wolverhampton();
        finaliseNotYet(named);
        assertThat(named.vm.header().finalisedBannerProperty().get()).contains(" by A. Officer.");

        WalkthroughHarness unnamed = new WalkthroughHarness(ReviewFixtures.wolverhampton(), null).open();
        finaliseNotYet(unnamed);
        assertThat(unnamed.vm.header().finalisedBannerProperty().get()).startsWith("Finalised on ")
                .doesNotContain(" by ").doesNotContain("—").contains("read-only");
    }

    private static void finaliseNotYet(WalkthroughHarness h) {
        h.vm.item().judgeByNumber(1);
        h.vm.outcome().decisionProperty().set(Decision.NOT_YET);
        h.vm.outcome().finalise();
        assertThat(h.stored().isFinalised()).as("finalised; errors: %s", h.dialogs.errors()).isTrue();
    }

    @Test
    void theSidebarShowsEachItemsStateAndGoesWhereChosen() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        SidebarViewModel sidebar = h.vm.sidebar();
        SidebarViewModel.Entry section = sidebar.entries().get(0);
        SidebarViewModel.Entry first = sidebar.entries().get(1);
        assertThat(sidebar.stateOf(first)).isEqualTo("Not judged · no evidence");
        int before = sidebar.statesProperty().get();
        h.vm.item().judgeByNumber(3);
        h.vm.item().toggleFlag();
        assertThat(sidebar.statesProperty().get()).isGreaterThan(before);
        assertThat(sidebar.stateOf(first)).isEqualTo("Established · no evidence · Flagged");
        assertThat(sidebar.stateOf(section)).isEqualTo("1 of 9 judged · 1 flagged");
        assertThat(sidebar.accessibleTextOf(first)).startsWith("We promise item 1: Established");

        sidebar.goTo(sidebar.entries().get(3));
        assertThat(h.vm.item().getItem().id()).isEqualTo("p3");
        assertThat(sidebar.selectedProperty().get()).isEqualTo(3);
        sidebar.goTo(sidebar.entries().get(10));
        assertThat(h.vm.item().getItem().id()).isEqualTo("ep1");
    }
}
