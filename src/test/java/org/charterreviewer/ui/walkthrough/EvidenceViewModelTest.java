package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.charterreviewer.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The evidence pane on the in-memory editor: attaching, linking, captions and internal files. */
class EvidenceViewModelTest {

    @Test
    void attachesLinksCaptionsAndMarksFilesInternal() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        EvidenceViewModel evidence = h.vm.evidence();
        h.dialogs.filesToOpen = List.of(Path.of("display.png"));
        evidence.chooseFilesToAttach();
        assertThat(evidence.itemEvidence()).singleElement()
                .satisfies(e -> assertThat(e.originalName()).isEqualTo("display.png"));
        assertThat(EvidenceViewModel.lineOf(evidence.itemEvidence().get(0)))
                .isEqualTo("display.png (2 KB; location and camera details removed)");

        h.vm.item().next();
        assertThat(evidence.itemEvidence()).isEmpty();
        assertThat(evidence.linkable()).hasSize(1);
        evidence.link(evidence.linkable().get(0));
        assertThat(evidence.linkable()).isEmpty();
        assertThat(h.stored().evidence().get(0).linkedItemIds()).containsExactly("p1", "p2");

        h.dialogs.textAnswers.add("The council's display board");
        evidence.editCaption(evidence.itemEvidence().get(0));
        evidence.toggleInternal(evidence.itemEvidence().get(0));
        assertThat(h.stored().evidence().get(0).caption()).isEqualTo("The council's display board");
        assertThat(h.stored().evidence().get(0).internal()).isTrue();
        assertThat(EvidenceViewModel.lineOf(evidence.itemEvidence().get(0)))
                .endsWith("— The council's display board · internal");

        evidence.unlink(evidence.itemEvidence().get(0));
        assertThat(h.stored().evidence().get(0).linkedItemIds()).containsExactly("p1");
        assertThat(h.dialogs.errors()).isEmpty();
    }

    @Test
    void filesStillOnTheCouncilDatabaseAreMarkedAskingOnceForTheWholeReview() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        EvidenceViewModel evidence = h.vm.evidence();
        h.onCouncil.add("ab".repeat(32));
        h.dialogs.filesToOpen = List.of(Path.of("minutes.pdf"));
        evidence.chooseFilesToAttach();
        int asked = h.pendingLookups;
        assertThat(asked).as("one question for the review's files").isEqualTo(1);
        assertThat(evidence.line(evidence.itemEvidence().get(0)))
                .isEqualTo("minutes.pdf (2 KB; location and camera details removed) · "
                        + Messages.tr("review.evidence.onCouncil"))
                .contains("On the council database — fetched when you open it");

        // Moving between items and editing ask nothing more: the review's files did not change.
        h.vm.item().next();
        h.vm.item().previous();
        h.dialogs.textAnswers.add("Minutes of the school council");
        evidence.editCaption(evidence.itemEvidence().get(0));
        assertThat(h.pendingLookups).isEqualTo(asked);
        assertThat(evidence.line(evidence.itemEvidence().get(0))).endsWith(Messages.tr("review.evidence.onCouncil"));
        assertThat(EvidenceViewModel.lineOf(evidence.itemEvidence().get(0))).as("the plain line of a file here")
                .doesNotContain(Messages.tr("review.evidence.onCouncil"));
    }
}
