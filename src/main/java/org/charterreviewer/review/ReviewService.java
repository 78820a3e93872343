package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.review.store.JooqReviewEditor;
import org.charterreviewer.review.store.ReviewReader;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Transactions;

/**
 * Everything an officer does to a review. The review screen saves as the officer works: it calls
 * one of these methods on each change, and each is its own short transaction with an audit entry,
 * so a crash loses nothing that a method returned from. A finalised revision refuses every change
 * with a plain message; {@link #amend} opens a new revision. Safe to call from background threads
 * (writes are serialised).
 */
public final class ReviewService {

    public static final String AUDIT_ENTITY = JooqReviewEditor.AUDIT_ENTITY;

    private final Transactions transactions;
    private final CharterCatalog charters;
    private final AuditLogStore audit;
    private final Clock clock;
    private final JooqReviewEditor editor;
    private final ReviewReader reader;
    private final AwardEvaluator evaluator = new AwardEvaluator();

    /** A service with transactions of its own on {@code database} (for tests of one service). */
    public ReviewService(Database database, CharterCatalog charters, AuditLogStore audit, Clock clock,
            Supplier<String> actor) {
        this(new JooqTransactions(database), charters, audit, clock, actor);
    }

    /**
     * @param actor the name of the officer using the app, recorded in the audit log and as the
     *              finaliser (the signing identity's officer name; none until there is one)
     */
    public ReviewService(Transactions transactions, CharterCatalog charters, AuditLogStore audit, Clock clock,
            Supplier<String> actor) {
        this.transactions = transactions;
        this.charters = charters;
        this.audit = audit;
        this.clock = clock;
        this.editor = new JooqReviewEditor(transactions, charters, audit, clock, actor);
        this.reader = editor.reader();
    }

    /** Where every change to a review is made: one transaction per change. */
    public ReviewEditor editor() {
        return editor;
    }

    // --- starting and reading ----------------------------------------------------------------------

    /** Starts a review, pinning the charter version and the SHA-256 of its text. Returns revision 1. */
    public Review start(NewReview request) {
        StoredCharter stored = storedCharter(request.charterId(), request.charterVersion());
        ChangeRules.requireParticipants(request.participants());
        List<String> officers = new ReviewChange.SetVisit(request.visitDate(), request.officers()).officers();
        ReviewFieldLimits.requireOfficers(officers);
        CharterRef ref = new CharterRef(stored.charter().id(), stored.charter().version(), stored.contentSha256());
        return editor.start(UUID.randomUUID(), request.schoolId(), ref, request.visitDate(), officers,
                request.participants());
    }

    /** One revision of a review (a plain message if there is no such revision). */
    public Review revision(RevisionRef ref) {
        return editor.revision(ref);
    }

    /** The latest revision of a review. */
    public Review latest(UUID id) {
        return find(id).orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", id)));
    }

    public Optional<Review> find(UUID id) {
        return transactions.read(tx -> reader.latest(tx, id));
    }

    /** A given revision of a review. */
    public Review revision(UUID id, int revision) {
        return editor.revision(new RevisionRef(id, revision));
    }

    /** Turns a review id or a unique prefix of one (as typed on the command line) into the id. */
    public UUID resolveId(String idOrPrefix) {
        String prefix = idOrPrefix.strip().toLowerCase();
        if (prefix.isEmpty()) {
            throw new InvalidInputException(tr("review.error.notFound", idOrPrefix));
        }
        List<UUID> matches = transactions.read(tx -> reader.idsStartingWith(tx, prefix));
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
        return transactions.read(tx -> reader.list(tx, filter));
    }

    /** Which revisions of these reviews are here, in one look (a page of a team sync's pull). */
    public java.util.Set<RevisionRef> revisionsAmong(java.util.Collection<UUID> ids) {
        return transactions.read(tx -> reader.revisionsAmong(tx, ids));
    }

    /** Every revision of a review, oldest first. */
    public List<RevisionInfo> revisions(UUID id) {
        return transactions.read(tx -> reader.revisions(tx, id));
    }

    /** Who changed what in a review, when, across all its revisions, oldest first. */
    public List<AuditEntry> auditTrail(UUID id) {
        return transactions.read(tx -> audit.entriesFor(tx, AUDIT_ENTITY, id.toString()));
    }

    /** The pinned charter of a review, from the catalog (a plain message if it is no longer there). */
    public Charter charterOf(Review review) {
        return editor.charterOf(review.charter());
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
        List<ReviewSummary> awards = transactions.read(reader::awards);
        // The best award of each school and charter first, then every award none beats (ties are all
        // kept): one pass each, where comparing every award with every other took seconds at 20,000.
        java.util.Map<String, ReviewSummary> best = new java.util.HashMap<>();
        for (ReviewSummary award : awards) {
            best.merge(award.schoolId() + "/" + award.charterId(), award,
                    (a, b) -> compareAwards(b, a) > 0 ? b : a);
        }
        List<ReviewSummary> latest = new ArrayList<>();
        for (ReviewSummary award : awards) {
            if (compareAwards(best.get(award.schoolId() + "/" + award.charterId()), award) <= 0) {
                latest.add(award);
            }
        }
        return latest;
    }

    private static int compareAwards(ReviewSummary a, ReviewSummary b) {
        return Comparator.comparing(ReviewSummary::validUntil, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ReviewSummary::awardedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ReviewSummary::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .compare(a, b);
    }

    /** Finalised pledge signatories who agreed to their name and role being published. */
    public List<PublishedSignatory> publishableSignatories() {
        List<PublishedSignatory> result = new ArrayList<>();
        for (ReviewSummary summary : list(ReviewFilter.all())) {
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
                .map(r -> revision(id, r.revision()));
    }

    // --- changes while in progress -----------------------------------------------------------------
    // Adapters onto the editor for callers that make one change at a time (the command line, the
    // demo, tests). The window applies ReviewChanges through editor().

    public void setVisit(RevisionRef key, LocalDate visitDate, List<String> officers) {
        apply(key, new ReviewChange.SetVisit(visitDate, officers));
    }

    public void setParticipants(RevisionRef key, List<Participant> participants) {
        apply(key, new ReviewChange.SetParticipants(participants));
    }

    /** Judges an item on the charter's scale; {@code levelId} null clears the judgement. */
    public void judge(RevisionRef key, String itemId, String levelId) {
        apply(key, new ReviewChange.Judge(itemId, levelId));
    }

    /** Flags an item to come back to (or clears the flag). */
    public void flag(RevisionRef key, String itemId, boolean flagged) {
        apply(key, new ReviewChange.Flag(itemId, flagged));
    }

    /** Writes the one note of an item (blank text removes it). */
    public void setItemNote(RevisionRef key, String itemId, String body, boolean internal) {
        apply(key, new ReviewChange.SetItemNote(itemId, body, internal));
    }

    /** Adds a note about the review as a whole; returns its id. */
    public long addReviewNote(RevisionRef key, String body, boolean internal) {
        long[] id = new long[1];
        editor.apply(key, stored -> {
            id[0] = ReviewChanges.nextNoteId(stored);
            return new ReviewChange.AddReviewNote(id[0], body, internal);
        });
        return id[0];
    }

    public void updateNote(RevisionRef key, long noteId, String body, boolean internal) {
        apply(key, new ReviewChange.UpdateNote(noteId, body, internal));
    }

    public void removeNote(RevisionRef key, long noteId) {
        apply(key, new ReviewChange.RemoveNote(noteId));
    }

    /** Records what someone said, by role; {@code itemId} null for the review as a whole. Returns its id. */
    public long addVoice(RevisionRef key, String itemId, String speakerRole, String said, boolean consentToShare) {
        long[] id = new long[1];
        editor.apply(key, stored -> {
            id[0] = ReviewChanges.nextVoiceId(stored);
            return new ReviewChange.AddVoice(id[0], itemId, speakerRole, said, consentToShare);
        });
        return id[0];
    }

    public void updateVoice(RevisionRef key, long voiceId, String speakerRole, String said, boolean consentToShare) {
        apply(key, new ReviewChange.UpdateVoice(voiceId, speakerRole, said, consentToShare));
    }

    public void removeVoice(RevisionRef key, long voiceId) {
        apply(key, new ReviewChange.RemoveVoice(voiceId));
    }

    /** Adds a follow-up action; {@code itemId} null for the review as a whole. Returns its id. */
    public long addAction(RevisionRef key, String itemId, String description, String ownerRole, LocalDate dueDate) {
        long[] id = new long[1];
        editor.apply(key, stored -> {
            id[0] = ReviewChanges.nextActionId(stored);
            return new ReviewChange.AddAction(id[0], itemId, description, ownerRole, dueDate);
        });
        return id[0];
    }

    public void updateAction(RevisionRef key, long actionId, String description, String ownerRole, LocalDate dueDate) {
        apply(key, new ReviewChange.UpdateAction(actionId, description, ownerRole, dueDate));
    }

    public void setActionDone(RevisionRef key, long actionId, boolean done) {
        apply(key, new ReviewChange.SetActionDone(actionId, done));
    }

    public void removeAction(RevisionRef key, long actionId) {
        apply(key, new ReviewChange.RemoveAction(actionId));
    }

    /**
     * Records the officer's decision. A decision other than the computed one (awarded when the rule
     * is met, not awarded otherwise) needs a reason, which is kept; a matching one drops any reason.
     */
    public void recordDecision(RevisionRef key, Decision decision, String summary, String overrideReason) {
        apply(key, new ReviewChange.RecordDecision(decision, summary, overrideReason));
    }

    /** Records the first signatory of a pledge (or replaces them); null removes them. */
    public void recordSignatory(RevisionRef key, PledgeSignatory signatory) {
        apply(key, new ReviewChange.RecordSignatory(signatory));
    }

    /** Adds a further signatory to a pledge (after the head teacher, say the chair of governors). */
    public void addSignatory(RevisionRef key, PledgeSignatory signatory) {
        apply(key, new ReviewChange.AddSignatory(signatory));
    }

    // --- finalising and amending -------------------------------------------------------------------

    /**
     * Computes and stores the outcome, sets the award dates when awarded (valid for the charter's
     * months from today) and locks the revision. Needs a recorded decision consistent with the
     * outcome or overridden with a reason.
     */
    public Review finalise(RevisionRef key) {
        return apply(key, new ReviewChange.Finalise());
    }

    /** Opens a new revision of a finalised review, copying everything; the earlier one stays as it was. */
    public Review amend(UUID id, String reason) {
        return editor.apply(latest(id).ref(), new ReviewChange.Amend(reason));
    }

    private Review apply(RevisionRef key, ReviewChange change) {
        return editor.apply(key, change);
    }

    // --- for the other services in this package ------------------------------------------------------

    /** Where the services of this package begin units of work that also write elsewhere. */
    Transactions transactions() {
        return transactions;
    }

    JooqReviewEditor storedEditor() {
        return editor;
    }

    Instant now() {
        return editor.now();
    }

    LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    String actor() {
        return editor.actor();
    }

    AuditLogStore audit() {
        return audit;
    }

    StoredCharter storedCharter(String id, String version) {
        return charters.find(id, version)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.noSuchCharter", id, version)));
    }
}
