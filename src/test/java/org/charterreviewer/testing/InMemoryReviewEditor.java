package org.charterreviewer.testing;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.SchoolRef;

/**
 * A {@link ReviewEditor} that keeps reviews in a map: the same rules and the same apply as the
 * database editor, without a database. View-model tests use it to drive a review quickly; it
 * also remembers every change it accepted, in order, so a test can see what reached "storage".
 */
public final class InMemoryReviewEditor implements ReviewEditor {

    private final Clock clock;
    private final String actor;
    private final Map<String, Charter> charters = new HashMap<>();
    private final Map<UUID, NavigableMap<Integer, Review>> reviews = new LinkedHashMap<>();
    private final List<ReviewChange> applied = new ArrayList<>();
    private RuntimeException nextFailure;

    public InMemoryReviewEditor(Clock clock, String actor, Charter... charters) {
        this.clock = clock;
        this.actor = actor;
        for (Charter charter : charters) {
            this.charters.put(charter.id() + "@" + charter.version(), charter);
        }
    }

    /** Starts an empty review (revision 1, in progress) of {@code school} against {@code charter}. */
    public synchronized Review start(Charter charter, SchoolRef school) {
        Instant now = clock.instant();
        Review review = new Review(UUID.randomUUID(), 1, ReviewStatus.IN_PROGRESS, school,
                new CharterRef(charter.id(), charter.version(), "0".repeat(64)), null, List.of(), List.of(), Map.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, now, now);
        put(review);
        return review;
    }

    /** Keeps {@code review} as the revision it names (replacing any kept under that name). */
    public synchronized void put(Review review) {
        reviews.computeIfAbsent(review.id(), id -> new TreeMap<>()).put(review.revision(), review);
    }

    /** Adds an evidence file to a revision, as attaching a file through the evidence service would. */
    public synchronized Review attach(RevisionRef ref, EvidenceFile file) {
        Review review = revision(ref);
        List<EvidenceFile> evidence = new ArrayList<>(review.evidence());
        evidence.add(file);
        Review after = new Review(review.id(), review.revision(), review.status(), review.school(),
                review.charter(), review.visitDate(), review.officers(), review.participants(), review.judgements(),
                review.notes(), review.voices(), review.actions(), evidence, review.computedOutcome(), review.decision(),
                review.awardedOn(), review.validUntil(), review.signatories(), review.finalisedAt(), review.finalisedBy(),
                review.amendmentReason(), review.createdAt(), clock.instant());
        put(after);
        return after;
    }

    /** Makes the next {@link #apply} fail with {@code failure} and change nothing, as a full disk would. */
    public synchronized void failNextApply(RuntimeException failure) {
        nextFailure = failure;
    }

    /** Every change accepted so far, oldest first. */
    public synchronized List<ReviewChange> applied() {
        return List.copyOf(applied);
    }

    @Override
    public synchronized Review apply(RevisionRef ref, ReviewChange change) {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        Review review = revision(ref);
        Review latest = latest(ref.reviewId());
        if (change instanceof ReviewChange.Amend && latest.revision() != review.revision()) {
            throw new InvalidInputException(tr("review.error.notLatest", review.revision(), latest.revision()));
        }
        Review after = ReviewChanges.apply(charterOf(review), review, change, clock.instant(), actor);
        put(after);
        applied.add(change);
        return after;
    }

    /** All or nothing: the changes are worked out on copies and kept only when every one is accepted. */
    @Override
    public synchronized Review applyAll(RevisionRef ref, List<ReviewChange> changes) {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        Map<UUID, NavigableMap<Integer, Review>> saved = new LinkedHashMap<>();
        reviews.forEach((id, revisions) -> saved.put(id, new TreeMap<>(revisions)));
        int appliedBefore = applied.size();
        Review after = revision(ref);
        try {
            for (ReviewChange change : changes) {
                after = apply(after.ref(), change);
            }
        } catch (RuntimeException e) {
            reviews.clear();
            reviews.putAll(saved);
            applied.subList(appliedBefore, applied.size()).clear();
            throw e;
        }
        return after;
    }

    @Override
    public synchronized Review latest(UUID reviewId) {
        NavigableMap<Integer, Review> revisions = reviews.get(reviewId);
        if (revisions == null) {
            throw new InvalidInputException(tr("review.error.notFound", reviewId));
        }
        return revisions.lastEntry().getValue();
    }

    @Override
    public synchronized Review revision(RevisionRef ref) {
        NavigableMap<Integer, Review> revisions = reviews.get(ref.reviewId());
        Review review = revisions == null ? null : revisions.get(ref.revision());
        if (review == null) {
            throw new InvalidInputException(tr("review.error.noSuchRevision", ref.reviewId(), ref.revision()));
        }
        return review;
    }

    private Charter charterOf(Review review) {
        Charter charter = charters.get(review.charter().reference());
        if (charter == null) {
            throw new InvalidInputException(tr("review.error.noSuchCharter", review.charter().id(),
                    review.charter().version()));
        }
        return charter;
    }
}
