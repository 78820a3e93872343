package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.storage.Database;
import org.charterreviewer.review.store.JooqReviewEditor;
import org.charterreviewer.review.store.ReviewStore;
import org.jooq.DSLContext;

/**
 * Everything an officer does to a review. The review screen saves as the officer works: it calls
 * one of these methods on each change, and each is its own short transaction with an audit entry,
 * so a crash loses nothing that a method returned from. A finalised revision refuses every change
 * with a plain message; {@link #amend} opens a new revision. Safe to call from background threads
 * (writes are serialised).
 */
public final class ReviewService {

    public static final String AUDIT_ENTITY = JooqReviewEditor.AUDIT_ENTITY;

    private final Database database;
    private final CharterCatalog charters;
    private final AuditLogStore audit;
    private final Clock clock;
    private final Supplier<String> actor;
    private final JooqReviewEditor editor;
    private final ReviewStore store;
    private final AwardEvaluator evaluator = new AwardEvaluator();

    /**
     * @param actor the name of the officer using the app, recorded in the audit log and as the
     *              finaliser (the signing identity's officer name; none until there is one)
     */
    public ReviewService(Database database, CharterCatalog charters, AuditLogStore audit, Clock clock,
            Supplier<String> actor) {
        this.database = database;
        this.charters = charters;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.editor = new JooqReviewEditor(database, charters, audit, clock, actor);
        this.store = editor.store();
    }

    /** Where every change to a review is made: one transaction per change. */
    public ReviewEditor editor() {
        return editor;
    }

    // --- starting and reading ----------------------------------------------------------------------

    /** Starts a review, pinning the charter version and the SHA-256 of its text. Returns revision 1. */
    public Review start(NewReview request) {
        StoredCharter stored = storedCharter(request.charterId(), request.charterVersion());
        requireParticipants(request.participants());
        ReviewFieldLimits.requireOfficers(new ReviewChange.SetVisit(request.visitDate(), request.officers()).officers());
        CharterRef ref = new CharterRef(stored.charter().id(), stored.charter().version(), stored.contentSha256());
        UUID id = UUID.randomUUID();
        long key = write(tx -> {
            if (store.school(tx, request.schoolId()).isEmpty()) {
                throw new InvalidInputException(tr("review.error.noSuchSchool", request.schoolId()));
            }
            long newKey = store.insertReview(tx, id, 1, request.schoolId(), ref, request.visitDate(),
                    new ReviewChange.SetVisit(request.visitDate(), request.officers()).officers(), now());
            store.replaceParticipants(tx, newKey, request.participants());
            audit.append(tx, actor(), "review.started", AUDIT_ENTITY, id.toString(),
                    "revision 1; charter " + ref.reference() + "; school " + request.schoolId());
            return newKey;
        });
        return load(key);
    }

    /** The revision stored under {@code key}. */
    public Review load(long key) {
        return database.dsl().transactionResult(cfg -> store.load(cfg.dsl(), key))
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", key)));
    }

    /** The latest revision of a review. */
    public Review latest(UUID id) {
        return find(id).orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", id)));
    }

    public Optional<Review> find(UUID id) {
        return database.dsl().transactionResult(cfg -> store.latestKey(cfg.dsl(), id).flatMap(k -> store.load(cfg.dsl(), k)));
    }

    /** A given revision of a review. */
    public Review revision(UUID id, int revision) {
        return database.dsl().transactionResult(cfg -> store.key(cfg.dsl(), id, revision).flatMap(k -> store.load(cfg.dsl(), k)))
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchRevision", id, revision)));
    }

    /** Turns a review id or a unique prefix of one (as typed on the command line) into the id. */
    public UUID resolveId(String idOrPrefix) {
        String prefix = idOrPrefix.strip().toLowerCase();
        if (prefix.isEmpty()) {
            throw new InvalidInputException(tr("review.error.notFound", idOrPrefix));
        }
        List<UUID> matches = store.idsStartingWith(database.dsl(), prefix);
        if (matches.isEmpty()) {
            throw new InvalidInputException(tr("review.error.notFound", idOrPrefix));
        }
        if (matches.size() > 1) {
            throw new InvalidInputException(tr("review.error.ambiguous", idOrPrefix, matches.size()));
        }
        return matches.get(0);
    }

    /** The latest revision of each review matching the filter, newest visit first. */
    public List<ReviewSummary> list(ReviewFilter filter) {
        return store.list(database.dsl(), filter);
    }

    /** Every revision of a review, oldest first. */
    public List<RevisionInfo> revisions(UUID id) {
        return store.revisions(database.dsl(), id);
    }

    /** Who changed what in a review, when, across all its revisions, oldest first. */
    public List<AuditEntry> auditTrail(UUID id) {
        return audit.entriesFor(database.dsl(), AUDIT_ENTITY, id.toString());
    }

    /** The pinned charter of a review, from the catalog (a plain message if it is no longer there). */
    public Charter charterOf(Review review) {
        return storedCharter(review.charter().id(), review.charter().version()).charter();
    }

    /** The outcome the charter's award rule gives for the review as it stands, explained. */
    public Outcome evaluate(Review review) {
        return evaluator.evaluate(charterOf(review), review);
    }

    /** What is judged, evidenced and flagged, per section (for the sidebar). */
    public Completeness completeness(Review review) {
        return CompletenessCalculator.of(charterOf(review), review);
    }

    /**
     * Awards whose valid-until date falls within {@code withinDays} from today (or has passed), the
     * latest award per school and charter only, soonest first.
     */
    public List<ReviewSummary> dueForRenewal(int withinDays) {
        LocalDate limit = today().plusDays(withinDays);
        return latestAwardPerSchoolAndCharter().stream()
                .filter(s -> s.validUntil() != null && !s.validUntil().isAfter(limit))
                .sorted(Comparator.comparing(ReviewSummary::validUntil))
                .toList();
    }

    /** Schools holding charter status today: the latest current award per school and charter. */
    public List<ReviewSummary> currentAwards() {
        LocalDate today = today();
        return latestAwardPerSchoolAndCharter().stream()
                .filter(s -> s.validUntil() == null || !s.validUntil().isBefore(today))
                .sorted(Comparator.comparing(ReviewSummary::schoolName).thenComparing(ReviewSummary::charterId))
                .toList();
    }

    private List<ReviewSummary> latestAwardPerSchoolAndCharter() {
        List<ReviewSummary> awards = store.awards(database.dsl());
        List<ReviewSummary> latest = new ArrayList<>();
        for (ReviewSummary award : awards) {
            boolean superseded = awards.stream().anyMatch(other -> other != award
                    && other.schoolId() == award.schoolId() && other.charterId().equals(award.charterId())
                    && compareAwards(other, award) > 0);
            if (!superseded) {
                latest.add(award);
            }
        }
        return latest;
    }

    private static int compareAwards(ReviewSummary a, ReviewSummary b) {
        return Comparator.comparing(ReviewSummary::validUntil, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ReviewSummary::key).compare(a, b);
    }

    /** Finalised pledge signatories who agreed to their name and role being published. */
    public List<PublishedSignatory> publishableSignatories() {
        List<PublishedSignatory> result = new ArrayList<>();
        for (ReviewSummary summary : store.list(database.dsl(), ReviewFilter.all())) {
            Review review = latestFinalised(summary.id()).orElse(null);
            if (review == null) {
                continue;
            }
            // Each signatory gave their own consent: publish those who did, leave out those who did not.
            for (PledgeSignatory signatory : review.signatories()) {
                if (signatory.consentToPublish()) {
                    result.add(new PublishedSignatory(review.id(), review.school().name(), review.school().urn(),
                            review.charter().id(), signatory));
                }
            }
        }
        result.sort(Comparator.comparing((PublishedSignatory p) -> p.signatory().organisation())
                .thenComparing(p -> p.signatory().name()));
        return result;
    }

    private Optional<Review> latestFinalised(UUID id) {
        return revisions(id).stream().filter(r -> r.status() == ReviewStatus.FINALISED)
                .max(Comparator.comparingInt(RevisionInfo::revision))
                .map(r -> load(r.key()));
    }

    // --- changes while in progress -----------------------------------------------------------------
    // Adapters onto the editor for callers that still name a revision by its storage key (the
    // first walkthrough, the command line). New code applies ReviewChanges through editor().

    public void setVisit(long key, LocalDate visitDate, List<String> officers) {
        apply(key, new ReviewChange.SetVisit(visitDate, officers));
    }

    public void setParticipants(long key, List<Participant> participants) {
        apply(key, new ReviewChange.SetParticipants(participants));
    }

    /** Judges an item on the charter's scale; {@code levelId} null clears the judgement. */
    public void judge(long key, String itemId, String levelId) {
        apply(key, new ReviewChange.Judge(itemId, levelId));
    }

    /** Flags an item to come back to (or clears the flag). */
    public void flag(long key, String itemId, boolean flagged) {
        apply(key, new ReviewChange.Flag(itemId, flagged));
    }

    /** Writes the one note of an item (blank text removes it). */
    public void setItemNote(long key, String itemId, String body, boolean internal) {
        apply(key, new ReviewChange.SetItemNote(itemId, body, internal));
    }

    /** Adds a note about the review as a whole; returns its id. */
    public long addReviewNote(long key, String body, boolean internal) {
        long[] id = new long[1];
        editor.apply(refOf(key), stored -> {
            id[0] = ReviewChanges.nextNoteId(stored);
            return new ReviewChange.AddReviewNote(id[0], body, internal);
        });
        return id[0];
    }

    public void updateNote(long key, long noteId, String body, boolean internal) {
        apply(key, new ReviewChange.UpdateNote(noteId, body, internal));
    }

    public void removeNote(long key, long noteId) {
        apply(key, new ReviewChange.RemoveNote(noteId));
    }

    /** Records what someone said, by role; {@code itemId} null for the review as a whole. Returns its id. */
    public long addVoice(long key, String itemId, String speakerRole, String said, boolean consentToShare) {
        long[] id = new long[1];
        editor.apply(refOf(key), stored -> {
            id[0] = ReviewChanges.nextVoiceId(stored);
            return new ReviewChange.AddVoice(id[0], itemId, speakerRole, said, consentToShare);
        });
        return id[0];
    }

    public void updateVoice(long key, long voiceId, String speakerRole, String said, boolean consentToShare) {
        apply(key, new ReviewChange.UpdateVoice(voiceId, speakerRole, said, consentToShare));
    }

    public void removeVoice(long key, long voiceId) {
        apply(key, new ReviewChange.RemoveVoice(voiceId));
    }

    /** Adds a follow-up action; {@code itemId} null for the review as a whole. Returns its id. */
    public long addAction(long key, String itemId, String description, String ownerRole, LocalDate dueDate) {
        long[] id = new long[1];
        editor.apply(refOf(key), stored -> {
            id[0] = ReviewChanges.nextActionId(stored);
            return new ReviewChange.AddAction(id[0], itemId, description, ownerRole, dueDate);
        });
        return id[0];
    }

    public void updateAction(long key, long actionId, String description, String ownerRole, LocalDate dueDate) {
        apply(key, new ReviewChange.UpdateAction(actionId, description, ownerRole, dueDate));
    }

    public void setActionDone(long key, long actionId, boolean done) {
        apply(key, new ReviewChange.SetActionDone(actionId, done));
    }

    public void removeAction(long key, long actionId) {
        apply(key, new ReviewChange.RemoveAction(actionId));
    }

    /**
     * Records the officer's decision. A decision other than the computed one (awarded when the rule
     * is met, not awarded otherwise) needs a reason, which is kept; a matching one drops any reason.
     */
    public void recordDecision(long key, Decision decision, String summary, String overrideReason) {
        apply(key, new ReviewChange.RecordDecision(decision, summary, overrideReason));
    }

    /** Records the first signatory of a pledge (or replaces them); null removes them. */
    public void recordSignatory(long key, PledgeSignatory signatory) {
        apply(key, new ReviewChange.RecordSignatory(signatory));
    }

    /** Adds a further signatory to a pledge (after the head teacher, say the chair of governors). */
    public void addSignatory(long key, PledgeSignatory signatory) {
        apply(key, new ReviewChange.AddSignatory(signatory));
    }

    // --- finalising and amending -------------------------------------------------------------------

    /**
     * Computes and stores the outcome, sets the award dates when awarded (valid for the charter's
     * months from today) and locks the revision. Needs a recorded decision consistent with the
     * outcome or overridden with a reason.
     */
    public Review finalise(long key) {
        return apply(key, new ReviewChange.Finalise());
    }

    /** Opens a new revision of a finalised review, copying everything; the earlier one stays as it was. */
    public Review amend(UUID id, String reason) {
        return editor.apply(latest(id).ref(), new ReviewChange.Amend(reason));
    }

    private Review apply(long key, ReviewChange change) {
        return editor.apply(refOf(key), change);
    }

    /** The revision stored under {@code key}, by name. */
    public RevisionRef refOf(long key) {
        return store.rowOf(database.dsl(), key)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", key)));
    }

    // --- for the other services in this package ------------------------------------------------------

    /** Runs {@code work} as one serialised transaction. */
    <T> T write(TxWork<T> work) {
        return editor.inTransaction(work::run);
    }

    /**
     * One change to an in-progress revision: locks its row, refuses finalised ones, runs the change,
     * touches updated_at and appends the audit entry, all in one transaction.
     */
    <T> T changeReturning(long key, String event, String detail, Change<T> work) {
        return write(tx -> {
            ReviewStore.Row row = lockedRow(tx, key);
            requireInProgress(row.status());
            Charter charter = storedCharter(row.charterId(), row.charterVersion()).charter();
            T result = work.apply(tx, row, charter);
            store.touch(tx, key, now());
            audit.append(tx, actor(), event, AUDIT_ENTITY, row.id().toString(),
                    "revision " + row.revision() + "; " + detail);
            return result;
        });
    }

    void change(long key, String event, String detail, VoidChange work) {
        changeReturning(key, event, detail, (tx, row, charter) -> {
            work.apply(tx, row, charter);
            return null;
        });
    }

    ReviewStore store() {
        return store;
    }

    Database database() {
        return database;
    }

    OffsetDateTime now() {
        return editor.now().atOffset(ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    String actor() {
        return editor.actor();
    }

    /** The officer's name for "finalised by"; none rather than a stand-in when it is not known yet. */
    private String finaliser() {
        String name = actor.get();
        return isBlank(name) ? null : name;
    }

    AuditLogStore audit() {
        return audit;
    }

    StoredCharter storedCharter(String id, String version) {
        return charters.find(id, version)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchCharter", id, version)));
    }

    /** A transaction's work. */
    @FunctionalInterface
    interface TxWork<T> {
        T run(DSLContext tx);
    }

    /** A change to one in-progress revision, given its row and pinned charter. */
    @FunctionalInterface
    interface Change<T> {
        T apply(DSLContext tx, ReviewStore.Row row, Charter charter);
    }

    @FunctionalInterface
    interface VoidChange {
        void apply(DSLContext tx, ReviewStore.Row row, Charter charter);
    }

    // --- checks ------------------------------------------------------------------------------------

    private ReviewStore.Row lockedRow(DSLContext tx, long key) {
        return store.rowForUpdate(tx, key)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", key)));
    }

    static void requireInProgress(ReviewStatus status) {
        ChangeRules.requireInProgress(status);
    }

    static boolean isOverride(Outcome outcome, Decision decision) {
        return ChangeRules.isOverride(outcome, decision);
    }

    static Item requireItem(Charter charter, String itemId) {
        return ChangeRules.requireItem(charter, itemId);
    }

    static void requireJudgedItem(Charter charter, String itemId) {
        ChangeRules.requireJudgedItem(charter, itemId);
    }

    private static void requireParticipants(List<Participant> participants) {
        ChangeRules.requireParticipants(participants);
    }

    static void requireText(String text, String fieldKey) {
        ChangeRules.requireText(text, fieldKey);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
