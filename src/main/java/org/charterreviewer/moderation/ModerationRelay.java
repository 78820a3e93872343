package org.charterreviewer.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.moderation.store.ModerationStore;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.ReviewStatus;

/**
 * Moderation steps that travel between installs through a shared database rather than by file:
 * this install's own submissions and decisions to send, and submissions and decisions made on
 * other laptops to record here. What it records is checked as a decision file is (the revision held
 * here, the same content, never a decision on the moderator's own review) and lands with the same
 * audit entry, so history and report read the same whichever way it came.
 */
public final class ModerationRelay {

    private static final String VIA = "; through the council database";

    /** What became of a step received from another laptop. */
    public enum Received {
        RECORDED,
        /** Already submitted or decided here: nothing changed. */
        ALREADY_HERE,
        /** The revision is not finalised here (yet): try again after the next pull of reviews. */
        NOT_HELD
    }

    private final ModerationService service;
    private final ModerationStore store;
    private final ReviewService reviews;
    private final IdentityService identity;
    private final Supplier<String> actor;

    ModerationRelay(ModerationService service, ModerationStore store, ReviewService reviews, IdentityService identity,
            Supplier<String> actor) {
        this.service = service;
        this.store = store;
        this.reviews = reviews;
        this.identity = identity;
        this.actor = actor;
    }

    /** This officer's submissions still waiting for a decision. */
    public List<Moderation> ownUndecided() {
        return store.undecided().stream().filter(this::mine).toList();
    }

    /** Other officers' submissions waiting for a decision: this officer's list to moderate. */
    public List<Moderation> toModerate() {
        return store.undecided().stream().filter(m -> !mine(m)).toList();
    }

    /** The decisions this install's moderator made after {@code after}, oldest first. */
    public List<Moderation> decidedHereAfter(Instant after) {
        return store.decidedHereAfter(after);
    }

    private boolean mine(Moderation submission) {
        String fingerprint = identity.exists() ? identity.show().sha256Fingerprint() : null;
        if (fingerprint != null && submission.submittedFingerprint() != null) {
            return fingerprint.equalsIgnoreCase(submission.submittedFingerprint());
        }
        return ModerationService.sameName(submission.submittedBy(), actor.get());
    }

    /** Records another laptop's submission of a revision this install holds, as submitted. */
    public Received receiveSubmission(Moderation submission) {
        Optional<Review> held = held(submission);
        if (held.isEmpty()) {
            return Received.NOT_HELD;
        }
        if (service.of(held.get().ref()).isPresent()) {
            return Received.ALREADY_HERE;
        }
        requireSameContent(held.get(), submission);
        store.submit(submission.reviewId(), submission.revision(), submission.contentSha256(), submission.submittedBy(),
                submission.submittedFingerprint(), submission.submittedAt(),
                new ModerationStore.AuditLine(submission.submittedBy(), "moderation.submitted",
                        ReviewService.AUDIT_ENTITY, submission.reviewId().toString(), "revision "
                                + submission.revision() + "; content sha256 " + submission.contentSha256() + VIA));
        return Received.RECORDED;
    }

    /**
     * Records another laptop's decision on a revision this install holds; a plain
     * {@link InvalidInputException} when it is about other content, names this officer's own review,
     * or its comments do not fit the charter.
     */
    public Received receiveDecision(Moderation decision) {
        Optional<Review> held = held(decision);
        if (held.isEmpty()) {
            return Received.NOT_HELD;
        }
        Review review = held.get();
        Optional<Moderation> existing = service.of(review.ref());
        if (existing.isPresent() && existing.get().state().decided()) {
            return Received.ALREADY_HERE;
        }
        requireSameContent(review, decision);
        service.refuseOwnReview(review, existing, decision.decidedBy(), decision.decidedFingerprint());
        List<ModerationComment> comments = ModerationService.checkComments(reviews.charterOf(review), decision.state(),
                decision.comments());
        service.record(new Moderation(decision.reviewId(), decision.revision(), decision.state(),
                decision.contentSha256(), null, null, null, decision.decidedBy(), decision.decidedRole(),
                decision.decidedFingerprint(), decision.decidedAt(), true, comments), VIA);
        return Received.RECORDED;
    }

    private Optional<Review> held(Moderation moderation) {
        boolean finalisedHere = reviews.find(moderation.reviewId()).isPresent()
                && reviews.revisions(moderation.reviewId()).stream().anyMatch(
                        (RevisionInfo info) -> info.revision() == moderation.revision()
                                && info.status() == ReviewStatus.FINALISED);
        return finalisedHere ? Optional.of(reviews.revision(moderation.reviewId(), moderation.revision()))
                : Optional.empty();
    }

    private void requireSameContent(Review review, Moderation moderation) {
        if (!service.contentSha256(review).equals(moderation.contentSha256())) {
            throw new InvalidInputException(tr("moderation.import.otherContent", moderation.revision()));
        }
    }
}
