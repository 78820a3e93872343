package org.charterreviewer.moderation;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.certificate.IssueApproval;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.identity.IdentityDetails;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.moderation.store.ModerationStore;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewJsonWriter;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderation of finalised reviews: the officer submits a revision, another officer (the moderator)
 * approves it or returns it with comments, and where moderation is required no certificate is issued
 * before approval. A returned revision stays as it was; the officer amends the review (a new
 * revision) and submits that. Every step is one transaction with its audit entry on the review.
 */
public final class ModerationService implements IssueApproval {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationService.class);
    static final int MAX_COMMENT_LENGTH = 10_000;
    private static final java.time.format.DateTimeFormatter REPORT_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ReviewService reviews;
    private final IdentityService identity;
    private final ModerationPolicy policy;
    private final ReviewJsonWriter writer;
    private final Clock clock;
    private final Supplier<String> actor;
    private final ModerationStore store;

    public ModerationService(Database database, ReviewService reviews, IdentityService identity, ModerationPolicy policy,
            ReviewJsonWriter writer, AuditLogStore audit, Clock clock, Supplier<String> actor) {
        this.reviews = reviews;
        this.identity = identity;
        this.policy = policy;
        this.writer = writer;
        this.clock = clock;
        this.actor = actor;
        this.store = new ModerationStore(database, audit);
    }

    public ModerationPolicy policy() {
        return policy;
    }

    /** The moderation of one revision, if it was submitted or decided. */
    public Optional<Moderation> of(RevisionRef revision) {
        return store.find(revision.reviewId(), revision.revision());
    }

    /** The moderation of every revision of a review that has one, oldest first. */
    public List<Moderation> history(UUID reviewId) {
        return store.forReview(reviewId);
    }

    /** True when moderation is required for this review's charter in this install. */
    public boolean requiredFor(Review review) {
        return policy.requiredFor(reviews.charterOf(review));
    }

    /** True when a moderator approved exactly this revision, as it reads now. */
    public boolean approved(Review review) {
        return of(review.ref()).filter(Moderation::approved)
                .filter(m -> m.contentSha256().equals(contentSha256(review))).isPresent();
    }

    @Override
    public Optional<String> whyNotIssued(Review review) {
        if (!requiredFor(review) || approved(review)) {
            return Optional.empty();
        }
        Optional<Moderation> moderation = of(review.ref());
        if (moderation.isEmpty()) {
            return Optional.of(tr("moderation.certificate.notSubmitted"));
        }
        return Optional.of(tr(moderation.get().state() == ModerationState.RETURNED ? "moderation.certificate.returned"
                : "moderation.certificate.awaiting"));
    }

    /** Submits the latest revision of a finalised review for moderation. */
    public Moderation submit(UUID reviewId) {
        Review review = reviews.latest(reviewId);
        if (!review.isFinalised()) {
            throw new InvalidInputException(tr("moderation.submit.notFinalised"));
        }
        Optional<Moderation> existing = of(review.ref());
        if (existing.isPresent()) {
            throw new InvalidInputException(tr(switch (existing.get().state()) {
                case SUBMITTED -> "moderation.submit.already";
                case APPROVED -> "moderation.submit.approved";
                case RETURNED -> "moderation.submit.returned";
            }, review.revision()));
        }
        String sha = contentSha256(review);
        String fingerprint = identity.exists() ? identity.show().sha256Fingerprint() : null;
        Instant now = clock.instant();
        store.submit(reviewId, review.revision(), sha, actor.get(), fingerprint, now,
                new ModerationStore.AuditLine(actor.get(), "moderation.submitted", ReviewService.AUDIT_ENTITY,
                        reviewId.toString(), "revision " + review.revision() + "; content sha256 " + sha));
        LOG.info("Review revision submitted for moderation");
        return of(review.ref()).orElseThrow();
    }

    /**
     * The moderator's decision on the latest revision, with comments (returning needs at least one).
     * Refused for the officer's own review, a revision not submitted (or not arrived by bundle) and
     * one already decided.
     */
    public Moderation decide(UUID reviewId, ModerationState decision, List<ModerationComment> comments) {
        if (!decision.decided()) {
            throw new IllegalArgumentException("a decision approves or returns");
        }
        Review review = reviews.latest(reviewId);
        if (!review.isFinalised()) {
            throw new InvalidInputException(tr("moderation.decide.notFinalised"));
        }
        if (!identity.exists()) {
            throw new InvalidInputException(tr("moderation.decide.noIdentity"));
        }
        IdentityDetails moderator = identity.show();
        Optional<Moderation> existing = of(review.ref());
        refuseOwnReview(review, existing, moderator.officerName(), moderator.sha256Fingerprint());
        if (existing.isPresent() && existing.get().state().decided()) {
            throw new InvalidInputException(tr("moderation.decide.already", review.revision(),
                    stateWord(existing.get().state())));
        }
        if (existing.isEmpty() && !arrivedByBundle(review)) {
            throw new InvalidInputException(tr("moderation.decide.notSubmitted", review.revision()));
        }
        List<ModerationComment> checked = checkComments(reviews.charterOf(review), decision, comments);
        Moderation decided = new Moderation(reviewId, review.revision(), decision, contentSha256(review), null, null,
                null, moderator.officerName(), moderator.role(), moderator.sha256Fingerprint(), clock.instant(), false,
                checked);
        record(decided, "");
        return of(review.ref()).orElseThrow();
    }

    /**
     * Records a decision within this install (decided here, or read from a verified decision file)
     * with its audit entry; {@code how} is added to the audit detail.
     */
    void record(Moderation decision, String how) {
        String event = decision.approved() ? "moderation.approved" : "moderation.returned";
        store.decide(decision, new ModerationStore.AuditLine(decision.decidedBy(), event, ReviewService.AUDIT_ENTITY,
                decision.reviewId().toString(), "revision " + decision.revision() + how + commentsDetail(decision)));
        LOG.info("Moderation decision recorded: {}", decision.state().code());
    }

    /** An officer moderating their own review: by name (finaliser or visiting officer) or by signing certificate. */
    void refuseOwnReview(Review review, Optional<Moderation> submission, String moderatorName, String fingerprint) {
        boolean own = sameName(review.finalisedBy(), moderatorName)
                || review.officers().stream().anyMatch(officer -> sameName(officer, moderatorName))
                || submission.map(s -> fingerprint != null && fingerprint.equals(s.submittedFingerprint())
                        || sameName(s.submittedBy(), moderatorName)).orElse(false);
        if (own) {
            throw new InvalidInputException(tr("moderation.decide.ownReview"));
        }
    }

    /**
     * How a revision was moderated, for its report: the state with who and when first, then each
     * comment; nothing when it was never submitted.
     */
    public List<String> reportLines(Review review) {
        Optional<Moderation> found = of(review.ref());
        if (found.isEmpty()) {
            return List.of();
        }
        Moderation m = found.get();
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(m.state().decided() ? tr("moderation.report.decided", stateWord(m.state()), m.decidedBy(),
                REPORT_DAY.format(m.decidedAt().atZone(java.time.ZoneOffset.UTC)))
                : tr("moderation.report.submitted", m.submittedAt() == null ? ""
                        : REPORT_DAY.format(m.submittedAt().atZone(java.time.ZoneOffset.UTC))));
        Charter charter = reviews.charterOf(review);
        for (ModerationComment c : m.comments()) {
            lines.add(c.overall() ? tr("moderation.report.comment", c.text())
                    : tr("moderation.report.itemComment", charter.item(c.itemId()).map(i -> i.text().strip())
                            .orElse(c.itemId()), c.text()));
        }
        return lines;
    }

    /** The SHA-256 of the revision's canonical review file: what certificates and decisions name. */
    public String contentSha256(Review review) {
        return writer.canonicalSha256(ReviewJsonWriter.document(review, reviews.revisions(review.id())));
    }

    /** Whether this revision came into this install by an imported review file or bundle. */
    private boolean arrivedByBundle(Review review) {
        String prefix = "revision " + review.revision() + ";";
        return reviews.auditTrail(review.id()).stream()
                .anyMatch(e -> "review.imported".equals(e.event()) && e.detail() != null && e.detail().startsWith(prefix));
    }

    static List<ModerationComment> checkComments(Charter charter, ModerationState decision,
            List<ModerationComment> comments) {
        for (ModerationComment comment : comments) {
            if (comment.text() == null || comment.text().isBlank()) {
                throw new InvalidInputException(tr("moderation.comment.blank"));
            }
            if (comment.text().length() > MAX_COMMENT_LENGTH) {
                throw new InvalidInputException(tr("moderation.comment.tooLong", MAX_COMMENT_LENGTH));
            }
            if (comment.itemId() != null && charter.item(comment.itemId()).isEmpty()) {
                throw new InvalidInputException(tr("moderation.comment.noSuchItem", comment.itemId(),
                        charter.judgedItems().stream().map(i -> i.id()).limit(8).collect(Collectors.joining(", "))));
            }
        }
        if (decision == ModerationState.RETURNED && comments.isEmpty()) {
            throw new InvalidInputException(tr("moderation.decide.returnNeedsComment"));
        }
        return comments.stream().map(c -> new ModerationComment(c.itemId(), c.text().strip())).toList();
    }

    private static String commentsDetail(Moderation decision) {
        return decision.comments().stream()
                .map(c -> c.overall() ? "comment: " + c.text() : "comment on item " + c.itemId() + ": " + c.text())
                .collect(Collectors.joining("; ", decision.comments().isEmpty() ? "" : "; ", ""));
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && !a.isBlank()
                && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    static String stateWord(ModerationState state) {
        return tr("moderation.state." + state.code());
    }
}
