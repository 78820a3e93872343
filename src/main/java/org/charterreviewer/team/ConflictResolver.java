package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.review.EvidenceContentSource;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewExchange;
import org.charterreviewer.review.ReviewService;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.team.store.TeamStore;

/**
 * How a person resolves a conflict: both versions of the revision side by side in words, then
 * one kept. Keeping this laptop's version clears the flag; keeping the other officer's adds it as
 * the review's next revision (a finalised revision is never changed, here or on the server), which
 * the next sync shares. Either way the choice is in the audit log, in the same transaction.
 */
final class ConflictResolver {

    static final String AUDIT_EVENT = "team.conflict.resolved";

    private final TeamStore local;
    private final ReviewService reviews;
    private final ReviewExchange exchange;
    private final Transactions transactions;
    private final AuditLogStore audit;
    private final Supplier<String> actor;
    private final Clock clock;

    ConflictResolver(TeamStore local, ReviewService reviews, ReviewExchange exchange, Transactions transactions,
            AuditLogStore audit, Supplier<String> actor, Clock clock) {
        this.clock = clock;
        this.local = local;
        this.reviews = reviews;
        this.exchange = exchange;
        this.transactions = transactions;
        this.audit = audit;
        this.actor = actor;
    }

    /** Every conflict with both versions in words, oldest first. */
    List<ConflictVersions> list() {
        return local.conflicts().stream().map(this::versions).toList();
    }

    private ConflictVersions versions(Conflict c) {
        ReviewDocument mine = exchange.document(reviews.revision(c.reviewId(), c.revision()));
        ReviewDocument theirs = other(c);
        return new ConflictVersions(c, mine.school().name(), mine.visit() == null ? null : mine.visit().date(),
                words(mine, mine.finalisedBy()), words(theirs, c.otherOfficer()));
    }

    private ReviewDocument other(Conflict c) {
        byte[] file = local.conflictDocument(c.reviewId(), c.revision(), c.otherSha256())
                .orElseThrow(() -> new InvalidInputException(tr("team.resolve.none", c.reviewId().toString())));
        return exchange.read(file, tr("team.sync.reviewLabel", c.reviewId().toString(), c.revision()));
    }

    /** One version as a few lines a person can compare: who, when, the decision and what was recorded. */
    static List<String> words(ReviewDocument d, String officer) {
        List<String> lines = new ArrayList<>();
        String who = officer == null || officer.isBlank() ? tr("team.version.noName") : officer;
        lines.add(tr("team.version.finalised", who,
                d.finalisedAt() == null ? "?" : org.charterreviewer.i18n.Dates.dayAndTime(d.finalisedAt())));
        lines.add(tr("team.version.decision", d.decision() == null ? "-" : tr("report.decision." + d.decision().decision().name()),
                d.awardLevel() == null ? "-" : d.awardLevel().name()));
        if (d.decision() != null && d.decision().summary() != null) {
            lines.add(tr("team.version.summary", d.decision().summary()));
        }
        if (d.amendmentReason() != null) {
            lines.add(tr("team.version.reason", d.amendmentReason()));
        }
        lines.add(tr("team.version.counts", d.judgements().size(), d.notes().size(), d.evidence().size(),
                d.actions().size()));
        return lines;
    }

    /**
     * Resolves the one conflict of review {@code idOrPrefix} (with {@code revision} when it has
     * conflicts on several revisions). The other version's evidence content this laptop lacks is
     * fetched when first opened, as for any pulled review. Returns the conflict resolved.
     */
    Conflict resolve(String idOrPrefix, Integer revision, KeepVersion keep) {
        Conflict c = find(idOrPrefix, revision);
        String detail = "revision " + c.revision() + "; kept " + keep.name().toLowerCase(Locale.ROOT)
                + "; this laptop " + c.localSha256() + "; " + c.otherOfficer() + " " + c.otherSha256();
        if (keep == KeepVersion.MINE) {
            transactions.run(tx -> {
                local.forgetConflict(tx, c);
                audit.append(tx, actor.get(), AUDIT_EVENT, ReviewService.AUDIT_ENTITY, c.reviewId().toString(), detail);
            });
            return c;
        }
        List<RevisionInfo> history = reviews.revisions(c.reviewId());
        RevisionInfo latest = history.get(history.size() - 1);
        if (latest.status() != ReviewStatus.FINALISED) {
            throw new InvalidInputException(tr("team.resolve.amendmentOpen", c.reviewId().toString(), latest.revision()));
        }
        ReviewDocument next = asNextRevision(other(c), history, tr("team.resolve.reasonTheirs", c.otherOfficer(),
                c.revision()));
        exchange.importDocument(next, tr("team.sync.reviewLabel", c.reviewId().toString(), next.revision()),
                EvidenceContentSource.FETCHED_WHEN_OPENED, null, tx -> { }, (tx, result) -> {
                    local.forgetConflict(tx, c);
                    audit.append(tx, actor.get(), AUDIT_EVENT, ReviewService.AUDIT_ENTITY, c.reviewId().toString(),
                            detail + "; as revision " + next.revision());
                }, ReviewConsistency.Source.FILE);
        return c;
    }

    private Conflict find(String idOrPrefix, Integer revision) {
        String prefix = idOrPrefix == null ? "" : idOrPrefix.strip().toLowerCase(Locale.ROOT);
        List<Conflict> matching = local.conflicts().stream()
                .filter(c -> !prefix.isEmpty() && c.reviewId().toString().startsWith(prefix))
                .filter(c -> revision == null || c.revision() == revision).toList();
        if (matching.isEmpty()) {
            throw new InvalidInputException(tr("team.resolve.none", idOrPrefix));
        }
        if (matching.size() > 1) {
            throw new InvalidInputException(tr("team.resolve.several", idOrPrefix, matching.size()));
        }
        return matching.get(0);
    }

    /** The other version, renumbered as the revision after this laptop's latest, with the reason why. */
    private ReviewDocument asNextRevision(ReviewDocument d, List<RevisionInfo> history, String reason) {
        int number = history.get(history.size() - 1).revision() + 1;
        Instant now = Instant.now(clock);
        List<ReviewDocument.RevisionPart> revisions = new ArrayList<>(history.stream()
                .map(r -> new ReviewDocument.RevisionPart(r.revision(), r.status(), r.createdAt(), r.finalisedAt(),
                        r.finalisedBy(), r.amendmentReason())).toList());
        revisions.add(new ReviewDocument.RevisionPart(number, ReviewStatus.FINALISED, now, d.finalisedAt(),
                d.finalisedBy(), reason));
        return new ReviewDocument(d.formatVersion(), d.reviewId(), number, ReviewStatus.FINALISED, d.school(), d.charter(),
                d.visit(), d.participants(), d.judgements(), d.notes(), d.voices(), d.actions(), d.evidence(),
                d.evidenceLinks(), d.outcome(), d.awardLevel(), d.decision(), d.awardedOn(), d.validUntil(),
                d.signatory(), d.signatories(), d.finalisedAt(), d.finalisedBy(), reason, now, now, revisions);
    }
}
