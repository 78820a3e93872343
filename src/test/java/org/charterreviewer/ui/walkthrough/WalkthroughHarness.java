package org.charterreviewer.ui.walkthrough;

import org.charterreviewer.review.RevisionRef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFixtures;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.SchoolRef;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.InMemoryReviewEditor;
import org.charterreviewer.testing.RecordingDialogService;

/**
 * A walkthrough on the in-memory editor, for view-model tests without a database: background work
 * runs at once, typing waits for {@link WalkthroughFixture.HeldPause#end()} or a flush, files
 * "attached" are recorded in the editor as the evidence service would.
 */
final class WalkthroughHarness {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    final Charter charter;
    final InMemoryReviewEditor editor;
    final Review started;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    final WalkthroughFixture.HeldPause pause = new WalkthroughFixture.HeldPause();
    final WalkthroughFixture.FakeNavigator navigator = new WalkthroughFixture.FakeNavigator();
    final Map<UUID, String> places = new HashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();
    /** Files whose content is still on the council database, and how often the walkthrough asked. */
    final java.util.Set<String> onCouncil = new java.util.HashSet<>();
    int pendingLookups;
    ReviewWalkthroughViewModel vm;

    WalkthroughHarness(Charter charter) {
        this(charter, "A. Officer");
    }

    /** {@code officer} null: finalised before a signing identity exists, so no name is recorded. */
    WalkthroughHarness(Charter charter, String officer) {
        this.charter = charter;
        this.editor = new InMemoryReviewEditor(CLOCK, officer, charter);
        this.started = editor.start(charter, new SchoolRef(1, "Oak Hill Primary", null, null));
    }

    static WalkthroughHarness wolverhampton() {
        return new WalkthroughHarness(ReviewFixtures.wolverhampton()).open();
    }

    /** BCP's pledge with its vision before the commitments: a section without items. */
    static WalkthroughHarness pledgeWithVision() {
        Charter bcp = ReviewFixtures.bcp();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("vision", "Our Vision:", null, List.of("Children and families are heard."), true,
                List.of()));
        sections.addAll(bcp.sections());
        Charter withVision = new Charter(bcp.formatVersion(), bcp.id(), bcp.version(), bcp.kind(), bcp.title(),
                bcp.issuingBody(), bcp.source(), bcp.dates(), bcp.introduction(), sections, bcp.closing(),
                bcp.scale(), bcp.awardRule(), bcp.certificate());
        return new WalkthroughHarness(withVision).open();
    }

    WalkthroughHarness open() {
        vm = newViewModel();
        vm.open(() -> { });
        return this;
    }

    /** A second window on the same review, as reopening it would give. */
    ReviewWalkthroughViewModel reopen() {
        ReviewWalkthroughViewModel again = newViewModel();
        again.open(() -> { });
        return again;
    }

    private ReviewWalkthroughViewModel newViewModel() {
        LastPlaces remembered = new LastPlaces() {
            @Override
            public Optional<String> itemOf(UUID reviewId) {
                return Optional.ofNullable(places.get(reviewId));
            }

            @Override
            public void remember(UUID reviewId, String itemId) {
                places.put(reviewId, itemId);
            }
        };
        ReviewHistory history = new ReviewHistory() {
            @Override
            public List<RevisionInfo> revisions(UUID reviewId) {
                List<RevisionInfo> infos = new ArrayList<>();
                Review latest = editor.latest(reviewId);
                for (int r = 1; r <= latest.revision(); r++) {
                    Review revision = editor.revision(new org.charterreviewer.review.RevisionRef(reviewId, r));
                    infos.add(new RevisionInfo(r, revision.status(), revision.finalisedAt(),
                            revision.finalisedBy(), revision.amendmentReason(), revision.createdAt()));
                }
                return infos;
            }

            @Override
            public List<AuditEntry> auditTrail(UUID reviewId) {
                return List.copyOf(audit);
            }
        };
        EvidenceAttacher attacher = (review, file, itemId, monitor) -> editor.attach(review.ref(),
                evidenceFile(review, file, itemId));
        PendingEvidence pending = sha256s -> {
            pendingLookups++;
            return sha256s.stream().filter(onCouncil::contains).collect(java.util.stream.Collectors.toSet());
        };
        WalkthroughServices services = new WalkthroughServices(editor, review -> charter, attacher, null, null,
                history, remembered, CLOCK, () -> "A. Officer", pending);
        return new ReviewWalkthroughViewModel(started.id(), services, tasks, tasks, dialogs, navigator, pause);
    }

    private static EvidenceFile evidenceFile(Review review, Path file, String itemId) {
        long id = review.evidence().stream().mapToLong(EvidenceFile::id).max().orElse(0) + 1;
        return new EvidenceFile(id, "ab".repeat(32), file.getFileName().toString(), 2048, "image/png", null, false,
                true, CLOCK.instant(), List.of(itemId));
    }

    Review stored() {
        return editor.latest(started.id());
    }
}
