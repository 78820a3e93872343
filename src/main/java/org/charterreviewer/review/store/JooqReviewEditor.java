package org.charterreviewer.review.store;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.review.ReviewConsistency;
import org.charterreviewer.review.ReviewEditor;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Transactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.jooq.tables.records.ReviewRecord;
import org.jooq.DSLContext;

/**
 * The review editor on the database. Each change is one transaction: lock the revision's row (read
 * once, and the review built from it), check the rules and work out the review after the change with
 * the same pure {@link ReviewChanges#apply} the window uses (so a decision's or finalising's award
 * outcome is evaluated inside the transaction, on what is stored), write only the rows the change
 * touches, and append the audit entry. Charters are immutable once imported, so each pinned charter is
 * read from the catalog once. Writes are serialised by {@link Transactions}.
 */
public final class JooqReviewEditor implements ReviewEditor {

    /** The audit log's entity name for reviews. */
    public static final String AUDIT_ENTITY = "review";

    private final Transactions transactions;
    private final CharterCatalog charters;
    private final AuditLogStore audit;
    private final Clock clock;
    private final Supplier<String> actor;
    private final EvidenceStore evidence = new EvidenceStore();
    private final ReviewReader reader = new ReviewReader(evidence);
    private final ReviewStore store = new ReviewStore(evidence);
    private final ChangeWriter writer = new ChangeWriter(store, evidence);
    private final ReviewConsistency consistency = new ReviewConsistency();
    private final Map<String, Charter> pinnedCharters = new ConcurrentHashMap<>();

    /**
     * @param actor the officer using the app, recorded in the audit log and as the finaliser (blank: "officer")
     */
    public JooqReviewEditor(Transactions transactions, CharterCatalog charters, AuditLogStore audit, Clock clock,
            Supplier<String> actor) {
        this.transactions = transactions;
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
    public Review apply(RevisionRef ref, Function<Review, ReviewChange> changeFor) {
        return transactions.write(tx -> applyIn(JooqTransactions.dsl(tx), ref, changeFor));
    }

    /**
     * As {@link #apply(RevisionRef, ReviewChange)}, inside a unit of work the caller holds, so the change
     * lands together with what the caller writes there (attached evidence's content, for one).
     */
    public Review apply(Tx unit, RevisionRef ref, ReviewChange change) {
        return applyIn(JooqTransactions.dsl(unit), ref, stored -> change);
    }

    /**
     * Applies the changes in order in ONE transaction, each to the revision the one before left
     * (an {@link ReviewChange.Amend} moves on to the new revision): all are stored, or none.
     */
    @Override
    public Review applyAll(RevisionRef ref, List<ReviewChange> changes) {
        if (changes.isEmpty()) {
            return revision(ref);
        }
        return transactions.write(tx -> {
            Review after = null;
            RevisionRef at = ref;
            for (ReviewChange change : changes) {
                after = applyIn(JooqTransactions.dsl(tx), at, stored -> change);
                at = after.ref();
            }
            return after;
        });
    }

    private Review applyIn(DSLContext tx, RevisionRef ref, Function<Review, ReviewChange> changeFor) {
        ReviewRecord row = reader.lockedRow(tx, ref).orElseThrow(() -> noSuchRevision(ref));
        Review before = reader.load(tx, row);
        Charter charter = charterOf(before.charter());
        ReviewChange change = changeFor.apply(before);
        if (change instanceof ReviewChange.Amend) {
            int latest = reader.revisions(tx, ref.reviewId()).stream().mapToInt(r -> r.revision()).max().orElseThrow();
            if (latest != ref.revision()) {
                throw new InvalidInputException(tr("review.error.notLatest", ref.revision(), latest));
            }
        }
        Instant now = now();
        // The finaliser is the officer named by the signing identity, or nobody until there is one.
        Review after = ReviewChanges.apply(charter, before, change, now, finaliser());
        if (change instanceof ReviewChange.Finalise) {
            // The same check an imported review passes, so nothing finalised here fails it elsewhere.
            List<String> problems = consistency.problems(after, reader.revisions(tx, ref.reviewId()), charter);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("\n", problems));
            }
        }
        ChangeWriter.Written written = writer.write(tx, row.getReviewKey(), before, after, change,
                ReviewReader.offset(now));
        audit.append(tx, actor(), ChangeAudit.event(change), AUDIT_ENTITY, ref.reviewId().toString(),
                "revision " + after.revision() + "; " + ChangeAudit.detail(change, after));
        // New rows got keys from the database (a new revision's evidence, attached evidence): read them back.
        return written.readBack() ? reader.load(tx, written.key()).orElseThrow() : after;
    }

    /**
     * Starts a review of school {@code schoolId} (which must be in the register) as revision 1, with
     * its audit entry, in one transaction. The caller has checked the request against the rules.
     */
    public Review start(UUID id, long schoolId, CharterRef charter, LocalDate visitDate, List<String> officers,
            List<Participant> participants) {
        return transactions.write(unit -> {
            DSLContext tx = JooqTransactions.dsl(unit);
            if (reader.school(unit, schoolId).isEmpty()) {
                throw new InvalidInputException(tr("review.error.noSuchSchool", schoolId));
            }
            OffsetDateTime at = ReviewReader.offset(now());
            long key = store.insertReview(tx, id, 1, schoolId, charter, visitDate, officers, at);
            store.replaceParticipants(tx, key, participants);
            audit.append(tx, actor(), "review.started", AUDIT_ENTITY, id.toString(),
                    "revision 1; charter " + charter.reference() + "; school " + schoolId);
            return reader.load(tx, key).orElseThrow();
        });
    }

    @Override
    public Review latest(UUID reviewId) {
        return transactions.read(tx -> reader.latest(tx, reviewId))
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", reviewId)));
    }

    @Override
    public Review revision(RevisionRef ref) {
        return transactions.read(tx -> reader.revision(tx, ref)).orElseThrow(() -> noSuchRevision(ref));
    }

    /** Now, to the microsecond the database keeps, so a review worked out in memory equals the one read back. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String finaliser() {
        String name = actor.get();
        return name == null || name.isBlank() ? null : name;
    }

    /** The officer as the audit log names them ("officer" until the signing identity names them). */
    public String actor() {
        String name = actor.get();
        return name == null || name.isBlank() ? "officer" : name;
    }

    /** Reads reviews in a caller's unit of work. */
    public ReviewReader reader() {
        return reader;
    }

    /** Stores and reads evidence content in a caller's unit of work. */
    public EvidenceStore evidence() {
        return evidence;
    }

    /** The pinned charter, from the catalog (a plain message if it is not there). */
    public Charter charterOf(CharterRef ref) {
        return pinnedCharters.computeIfAbsent(ref.reference() + "\n" + ref.sha256(), k -> charters.find(ref.id(), ref.version())
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchCharter", ref.id(), ref.version())))
                .charter());
    }

    private static InvalidInputException noSuchRevision(RevisionRef ref) {
        return new InvalidInputException(tr("review.error.noSuchRevision", ref.reviewId(), ref.revision()));
    }
}
