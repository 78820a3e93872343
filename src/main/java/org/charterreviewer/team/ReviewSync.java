package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.certificate.store.CertificateIssueStore;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.EvidenceContentSource;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.EvidenceService;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.team.store.CouncilStore;
import org.charterreviewer.team.store.TeamStore;

/**
 * Moves finalised review revisions between this laptop and the council database, one revision at
 * a time: each is written there in one server transaction and recorded here after, so a dropped
 * connection or a crash loses at most the record, and the next sync finds the revision already
 * there (same SHA-256) and only records it. Reviews in progress never leave the laptop.
 */
final class ReviewSync {

    /** Crash point: a revision is committed on the server, not yet recorded here. */
    static final String AFTER_PUSH = "team-after-push";
    /** Crash point: a pulled revision is imported in its page's unit of work, which is not yet committed. */
    static final String AFTER_PULL = "team-after-pull";
    private static final int PAGE = 100;

    private final TeamStore local;
    private final ReviewService reviews;
    private final ReviewExchange exchange;
    private final EvidenceService evidence;
    private final CertificateIssueStore certificates;

    ReviewSync(TeamStore local, ReviewService reviews, ReviewExchange exchange, EvidenceService evidence,
            CertificateIssueStore certificates) {
        this.local = local;
        this.reviews = reviews;
        this.exchange = exchange;
        this.evidence = evidence;
        this.certificates = certificates;
    }

    /** Pushes every finalised revision the council database does not yet hold from here. */
    void push(CouncilStore council, ProgressMonitor monitor, SyncTally tally) {
        Set<String> agreed = local.agreedRevisions();
        List<ReviewSummary> candidates = reviews.list(ReviewFilter.all()).stream()
                .filter(s -> !agreed.contains(s.id() + "/" + lastFinalised(s))).toList();
        int done = 0;
        for (ReviewSummary summary : candidates) {
            monitor.checkCancelled();
            monitor.progress(done++, candidates.size());
            for (RevisionInfo info : reviews.revisions(summary.id())) {
                if (info.status() == ReviewStatus.FINALISED && !agreed.contains(summary.id() + "/" + info.revision())) {
                    pushRevision(council, reviews.revision(summary.id(), info.revision()), tally);
                }
            }
        }
    }

    /** The revision a finished push would have recorded last: an amendment in progress is not pushed. */
    private static int lastFinalised(ReviewSummary summary) {
        return summary.status() == ReviewStatus.FINALISED ? summary.revision() : summary.revision() - 1;
    }

    private void pushRevision(CouncilStore council, Review review, SyncTally tally) {
        ReviewDocument document = exchange.document(review);
        String sha = exchange.contentSha256(document);
        CouncilReview row = new CouncilReview(review.id(), review.revision(), sha, document.school().urn(), null,
                exchange.canonicalJson(review), 0);
        Map<String, String> mediaTypes = mediaTypes(review);
        List<CouncilCertificate> issued = certificates.forRevision(review.ref()).stream()
                .map(c -> new CouncilCertificate(c.certificateNumber(), review.id(), review.revision(), c.reviewSha256(),
                        c.issuedAt()))
                .toList();
        List<CouncilAuditEntry> audit = reviews.auditTrail(review.id()).stream()
                .map(e -> auditEntry(review.id(), e)).toList();
        PushOutcome outcome = council.push(new ReviewPush(row, new LinkedHashSet<>(mediaTypes.keySet()),
                content(mediaTypes), issued, audit));
        CrashPoints.reached(AFTER_PUSH);
        local.agree(review.id(), review.revision(), sha, false);
        if (outcome.added()) {
            tally.reviewsPushed++;
        }
        for (CouncilReview other : outcome.otherVersions()) {
            if (local.keepConflict(other, sha)) {
                tally.conflictsFound++;
            }
        }
        outcome.clashingCertificates().forEach(number -> tally.problems.add(tr("team.sync.certificateClash", number,
                review.ref().toString())));
        reportMissing(review, outcome.contentMissing(), tally);
    }

    private static Map<String, String> mediaTypes(Review review) {
        return review.evidence().stream()
                .collect(Collectors.toMap(EvidenceFile::sha256, EvidenceFile::mediaType, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The content of this laptop's evidence, asked for only where the server lacks it. Content pulled
     * as metadata and never opened is not fetched for it (the server it would come from lacks it):
     * empty, and the revision goes without it.
     */
    private Function<String, Optional<EvidenceBlob>> content(Map<String, String> mediaTypes) {
        return s -> evidence.isPending(s) ? Optional.empty()
                : Optional.of(new EvidenceBlob(s, mediaTypes.get(s), read(s)));
    }

    private static void reportMissing(Review review, List<String> missing, SyncTally tally) {
        for (String sha : missing) {
            String name = review.evidence().stream().filter(e -> e.sha256().equals(sha)).map(EvidenceFile::originalName)
                    .findFirst().orElse(sha.substring(0, 12));
            tally.problems.add(tr("team.sync.evidenceMissing", name, review.ref().toString()));
        }
    }

    private byte[] read(String sha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            evidence.copyContent(sha256, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static CouncilAuditEntry auditEntry(UUID reviewId, AuditEntry e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {reviewId, e.occurredAt(), e.actor(), e.event(), e.entityType(),
                e.entityId(), e.detail()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return new CouncilAuditEntry(HexFormat.of().formatHex(digest.digest()), reviewId, e.occurredAt(), e.actor(),
                    e.event(), e.detail());
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is always available", ex);
        }
    }

    /**
     * Pulls every revision the council database holds past this laptop's mark, in change order, a
     * page at a time: the page's revisions (evidence as metadata, its content fetched when first
     * opened) are imported and agreed and the mark moved past them in one local unit of work (each review is
     * there whole or not at all; a stopped pull redoes at most a page).
     */
    void pull(CouncilStore council, ProgressMonitor monitor, SyncTally tally) {
        long mark = local.mark(TeamStore.REVIEWS);
        for (List<CouncilReview> page = council.reviewsAfter(mark, PAGE); !page.isEmpty();
                page = council.reviewsAfter(mark, PAGE)) {
            // What this laptop already knows of the page's reviews, in two look-ups for the whole page
            // (each separate look-up is a unit of work of the encrypted H2 file, and a pull has thousands).
            Set<UUID> ids = page.stream().map(CouncilReview::reviewId).collect(Collectors.toSet());
            Map<String, String> known = new HashMap<>(local.agreedAmong(ids));
            Set<RevisionRef> here = reviews.revisionsAmong(ids);
            Map<Long, ReviewDocument> incoming = new LinkedHashMap<>();
            for (CouncilReview row : page) {
                monitor.checkCancelled();
                String revision = row.reviewId() + "/" + row.revision();
                if (known.containsKey(revision)) {
                    // Agreed before, or a second time in this page (another officer's version of it).
                    if (!known.get(revision).equals(row.contentSha256()) && local.keepConflict(row, known.get(revision))) {
                        tally.conflictsFound++;
                    }
                } else if (here.contains(new RevisionRef(row.reviewId(), row.revision()))) {
                    known.put(revision, settleHere(council, row, tally));
                } else {
                    incoming.put(row.changeNo(), exchange.read(row.document(), label(row)));
                    known.put(revision, row.contentSha256());
                }
            }
            List<CouncilReview> rows = page;
            local.together(unit -> {
                List<CouncilReview> imported = new java.util.ArrayList<>();
                for (CouncilReview row : rows) {
                    monitor.checkCancelled();
                    ReviewDocument document = incoming.get(row.changeNo());
                    if (document != null) {
                        importPulled(row, document);
                        imported.add(row);
                        tally.reviewsPulled++;
                        CrashPoints.reached(AFTER_PULL);
                    }
                }
                // Recorded as agreed together, in the same unit of work as the imports and the mark.
                local.agreePulled(unit, imported);
                local.setMark(unit, TeamStore.REVIEWS, rows.get(rows.size() - 1).changeNo());
            });
            mark = page.get(page.size() - 1).changeNo();
        }
    }

    /** Imports a pulled revision, in the page's unit of work (which records it as agreed after). */
    private void importPulled(CouncilReview row, ReviewDocument document) {
        // Evidence arrives as metadata only: its content is fetched when first opened (TeamService.fetchEvidence).
        exchange.importDocument(document, label(row), EvidenceContentSource.FETCHED_WHEN_OPENED, null, tx -> { },
                ReviewConsistency.Source.FILE);
    }

    private static String label(CouncilReview row) {
        return tr("team.sync.reviewLabel", row.reviewId().toString(), row.revision());
    }

    /**
     * Settles a pulled revision this laptop holds but has not agreed with the council on: the same
     * content (as after connecting again) is agreed, a different one kept as a conflict. Returns the
     * SHA-256 of the content here.
     */
    private String settleHere(CouncilStore council, CouncilReview row, SyncTally tally) {
        Review revision = reviews.revision(row.reviewId(), row.revision());
        String localSha = exchange.contentSha256(exchange.document(revision));
        if (localSha.equals(row.contentSha256())) {
            // Held on both sides, as after connecting again: the server may lack evidence content
            // this laptop has (restored from an older backup, or pushed by a laptop that had only
            // its metadata). Only on this path, so an ordinary sync asks nothing more.
            Map<String, String> mediaTypes = mediaTypes(revision);
            council.offerEvidence(mediaTypes.keySet(), content(mediaTypes));
            local.agree(row.reviewId(), row.revision(), localSha, true);
        } else if (local.keepConflict(row, localSha)) {
            tally.conflictsFound++;
        }
        return localSha;
    }
}
