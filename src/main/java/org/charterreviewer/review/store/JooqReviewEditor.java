package org.charterreviewer.review.store;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.Database;
import org.jooq.DSLContext;

/**
 * The review editor on the database. Each change is one transaction: lock the revision's row,
 * read the review as stored, check the rules and work out the review after the change with the
 * same pure {@link ReviewChanges#apply} the window uses (so a decision's or finalising's award
 * outcome is evaluated inside the transaction, on what is stored), write only the rows the change
 * touches, and append the audit entry. The charter comes from the catalog's cache. Writes are
 * serialised in this process, so two windows or a window and a command never interleave.
 */
public final class JooqReviewEditor implements ReviewEditor {

    /** The audit log's entity name for reviews. */
    public static final String AUDIT_ENTITY = "review";

    private final Database database;
    private final CharterCatalog charters;
    private final AuditLogStore audit;
    private final Clock clock;
    private final Supplier<String> actor;
    private final ReviewStore store = new ReviewStore();
    private final ChangeWriter writer = new ChangeWriter(store);
    private final Object writeLock = new Object();
    private final ReviewConsistency consistency = new ReviewConsistency();

    /**
     * @param actor the officer using the app, recorded in the audit log and as the finaliser (blank: "officer")
     */
    public JooqReviewEditor(Database database, CharterCatalog charters, AuditLogStore audit, Clock clock,
            Supplier<String> actor) {
        this.database = database;
        this.charters = charters;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public Review apply(RevisionRef ref, ReviewChange change) {
        return apply(ref, stored -> change);
    }

    /**
     * As {@link #apply(RevisionRef, ReviewChange)}, with the change made from the revision as stored,
     * inside the same transaction: for callers that hold no review in memory (the command line) and
     * add an entry, whose number must follow the stored ones even when another add lands first.
     */
    public Review apply(RevisionRef ref, java.util.function.Function<Review, ReviewChange> changeFor) {
        return inTransaction(tx -> applyIn(tx, ref, changeFor));
    }

    /**
     * Applies the changes in order in ONE transaction, each to the revision the one before left
     * (an {@link ReviewChange.Amend} moves on to the new revision): all are stored, or none.
     */
    @Override
    public Review applyAll(RevisionRef ref, java.util.List<ReviewChange> changes) {
        if (changes.isEmpty()) {
            return revision(ref);
        }
        return inTransaction(tx -> {
            Review after = null;
            RevisionRef at = ref;
            for (ReviewChange change : changes) {
                after = applyIn(tx, at, stored -> change);
                at = after.ref();
            }
            return after;
        });
    }

    private Review applyIn(DSLContext tx, RevisionRef ref, java.util.function.Function<Review, ReviewChange> changeFor) {
        ReviewStore.Row row = store.rowForUpdate(tx, ref)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchRevision", ref.reviewId(),
                        ref.revision())));
        Charter charter = charterOf(row.charterId(), row.charterVersion());
        Review before = store.load(tx, row.key()).orElseThrow();
        ReviewChange change = changeFor.apply(before);
        if (change instanceof ReviewChange.Amend) {
            int latest = store.revisions(tx, ref.reviewId()).stream().mapToInt(r -> r.revision()).max().orElseThrow();
            if (latest != ref.revision()) {
                throw new InvalidInputException(tr("review.error.notLatest", ref.revision(), latest));
            }
        }
        Instant now = now();
        String who = actor();
        // The finaliser is the officer named by the signing identity, or nobody until there is one.
        Review after = ReviewChanges.apply(charter, before, change, now, finaliser());
        if (change instanceof ReviewChange.Finalise) {
            // The same check an imported review passes, so nothing finalised here fails it elsewhere.
            List<String> problems = consistency.problems(after, store.revisions(tx, ref.reviewId()), charter);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("\n", problems));
            }
        }
        long keyAfter = writer.write(tx, row.key(), before, after, change, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        audit.append(tx, who, ChangeAudit.event(change), AUDIT_ENTITY, ref.reviewId().toString(),
                "revision " + after.revision() + "; " + ChangeAudit.detail(change, after));
        // A new revision's evidence rows have new keys: read it back rather than guess them.
        return keyAfter == row.key() ? after : store.load(tx, keyAfter).orElseThrow();
    }

    @Override
    public Review latest(UUID reviewId) {
        return database.dsl().transactionResult(cfg -> store.latestKey(cfg.dsl(), reviewId)
                        .flatMap(key -> store.load(cfg.dsl(), key)))
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", reviewId)));
    }

    @Override
    public Review revision(RevisionRef ref) {
        return database.dsl().transactionResult(cfg -> store.key(cfg.dsl(), ref.reviewId(), ref.revision())
                        .flatMap(key -> store.load(cfg.dsl(), key)))
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchRevision", ref.reviewId(),
                        ref.revision())));
    }

    /**
     * Runs {@code work} as one transaction, serialised with every change made through this editor
     * (starting and importing reviews use it, so they never interleave with an edit).
     */
    public <T> T inTransaction(TxWork<T> work) {
        synchronized (writeLock) {
            return database.dsl().transactionResult(cfg -> work.run(cfg.dsl()));
        }
    }

    /** A transaction's work. */
    @FunctionalInterface
    public interface TxWork<T> {
        T run(DSLContext tx);
    }

    /** Now, to the microsecond the database keeps, so a review worked out in memory equals the one read back. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String finaliser() {
        String name = actor.get();
        return name == null || name.isBlank() ? null : name;
    }

    public String actor() {
        String name = actor.get();
        return name == null || name.isBlank() ? "officer" : name;
    }

    public ReviewStore store() {
        return store;
    }

    private Charter charterOf(String id, String version) {
        return charters.find(id, version)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchCharter", id, version)))
                .charter();
    }
}
