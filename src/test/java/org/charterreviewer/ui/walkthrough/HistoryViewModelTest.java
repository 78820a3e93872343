package org.charterreviewer.ui.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.charterreviewer.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/** The history pane: the audit trail in sentences with the item's words, newest first. */
class HistoryViewModelTest {

    @Test
    void theAuditTrailNamesItemsByTheirWordsAndFilesByTheirNames() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.item().next();
        h.vm.evidence().attach(List.of(Path.of("council-photo.png")));
        long evidenceId = h.stored().evidence().get(0).id();
        var at = WalkthroughHarness.CLOCK.instant();
        h.audit.add(new AuditEntry(at, "A. Officer", "review.judged", "review", "x", "revision 1; item p1 established"));
        h.audit.add(new AuditEntry(at, "A. Officer", "evidence.linked", "review", "x",
                "revision 1; evidence " + evidenceId + " to item mc5"));
        h.audit.add(new AuditEntry(at, "A. Officer", "review.voiceChanged", "review", "x", "revision 1; voice 3"));

        h.vm.history().setShown(true);
        assertThat(h.vm.history().auditTrail()).hasSize(3);
        assertThat(h.vm.history().auditTrail().get(0)).contains("Voice changed", "what someone said")
                .doesNotContain("voice 3");
        assertThat(h.vm.history().auditTrail().get(1)).contains("Evidence linked to an item",
                "“council-photo.png” to “Meaningful contribution item 5”").doesNotContain("mc5", "evidence " + evidenceId);
        assertThat(h.vm.history().auditTrail().get(2)).contains("“We promise item 1” Established")
                .doesNotContain("revision 1;", "p1");
        assertThat(h.vm.history().revisions()).singleElement().asString().isEqualTo("Revision 1: in progress");
    }

    @Test
    void listsOfItemsAndRecordedValuesReadAsWords() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        var at = WalkthroughHarness.CLOCK.instant();
        h.audit.add(new AuditEntry(at, "A. Officer", "evidence.attached", "review", "x",
                "revision 1; evidence abab linked to [p1, p2, p3]"));
        h.audit.add(new AuditEntry(at, "A. Officer", "evidence.attached", "review", "x",
                "revision 1; evidence abab linked to [p4]"));
        h.audit.add(new AuditEntry(at, "A. Officer", "review.finalised", "review", "x",
                "revision 1; outcome NOT_MET; decision NOT_YET"));
        h.vm.history().setShown(true);
        assertThat(h.vm.history().auditTrail().get(0)).endsWith("outcome not met; decision not yet");
        assertThat(h.vm.history().auditTrail().get(1)).endsWith("linked to “We promise item 4”");
        assertThat(h.vm.history().auditTrail().get(2)).endsWith("linked to 3 items").doesNotContain("[", "p1");
    }

    @Test
    void theHistoryIsReadAgainAfterEachWriteWhileShown() {
        WalkthroughHarness h = WalkthroughHarness.wolverhampton();
        h.vm.history().setShown(true);
        assertThat(h.vm.history().auditTrail()).isEmpty();
        h.audit.add(new AuditEntry(WalkthroughHarness.CLOCK.instant(), "A. Officer", "review.flagged", "review", "x",
                "revision 1; item p2 flagged"));
        h.vm.item().toggleFlag();
        assertThat(h.vm.history().auditTrail()).singleElement().asString().contains("“We promise item 2” flagged");
    }

    @Test
    void signatoryChangesReadAsSentencesWithoutNames() {
        WalkthroughHarness h = WalkthroughHarness.pledgeWithVision();
        var at = WalkthroughHarness.CLOCK.instant();
        for (String detail : List.of("consent to publish yes", "signatory 2 added; consent to publish no",
                "signatory 2 changed; consent to publish yes", "signatory 1 removed")) {
            h.audit.add(new AuditEntry(at, "A. Officer", "review.signatoryRecorded", "review", "x",
                    "revision 1; " + detail));
        }
        h.vm.history().setShown(true);
        assertThat(h.vm.history().auditTrail()).containsExactly(
                "20 Nov 2026 10:00 · A. Officer · Signatory recorded — signatory 1 removed from the pledge"
                        + " (those after moved up)",
                "20 Nov 2026 10:00 · A. Officer · Signatory recorded — signatory 2 of the pledge changed,"
                        + " who consents to their name and role being published",
                "20 Nov 2026 10:00 · A. Officer · Signatory recorded — signatory 2 added to the pledge,"
                        + " who does not consent to publication",
                "20 Nov 2026 10:00 · A. Officer · Signatory recorded — signatory 1 of the pledge recorded,"
                        + " who consents to their name and role being published");
    }
}
