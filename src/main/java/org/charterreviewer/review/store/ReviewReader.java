package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.FOLLOW_UP_ACTION;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;
import static org.charterreviewer.storage.jooq.Tables.NOTE;
import static org.charterreviewer.storage.jooq.Tables.PARTICIPANT;
import static org.charterreviewer.storage.jooq.Tables.PLEDGE_SIGNATORY;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;
import static org.charterreviewer.storage.jooq.Tables.VOICE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.ComputedOutcome;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Judgement;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.SchoolRef;
import org.charterreviewer.review.Voice;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.jooq.tables.records.ReviewRecord;
import org.charterreviewer.storage.jooq.tables.records.SchoolRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads reviews: one revision as a whole, the lists and the history. The public methods take the
 * caller's unit of work ({@link Tx}); revisions are named by {@link RevisionRef}, the storage key
 * stays in this package.
 */
public final class ReviewReader {

    static final String OFFICER_SEPARATOR = "\n";

    private final EvidenceStore evidence;

    public ReviewReader(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    // --- for services --------------------------------------------------------------------------

    /** One revision as stored. */
    public Optional<Review> revision(Tx tx, RevisionRef ref) {
        DSLContext dsl = JooqTransactions.dsl(tx);
        return dsl.selectFrom(REVIEW).where(named(ref)).fetchOptional().map(r -> load(dsl, r));
    }

    /** The latest revision of a review. */
    public Optional<Review> latest(Tx tx, UUID reviewId) {
        DSLContext dsl = JooqTransactions.dsl(tx);
        return dsl.selectFrom(REVIEW).where(REVIEW.REVIEW_ID.eq(reviewId)).orderBy(REVIEW.REVISION.desc()).limit(1)
                .fetchOptional().map(r -> load(dsl, r));
    }

    /** Review ids whose text form starts with {@code prefix}. */
    public List<UUID> idsStartingWith(Tx tx, String prefix) {
        return JooqTransactions.dsl(tx).selectDistinct(REVIEW.REVIEW_ID).from(REVIEW)
                .where(DSL.lower(REVIEW.REVIEW_ID.cast(String.class)).startsWith(prefix.toLowerCase()))
                .fetch(REVIEW.REVIEW_ID);
    }

    /** Which revisions of these reviews are stored here, in one query (a page of a team sync's pull). */
    public java.util.Set<RevisionRef> revisionsAmong(Tx tx, java.util.Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(JooqTransactions.dsl(tx).select(REVIEW.REVIEW_ID, REVIEW.REVISION).from(REVIEW)
                .where(REVIEW.REVIEW_ID.in(reviewIds)).fetch(r -> new RevisionRef(r.value1(), r.value2())));
    }

    /** Every revision of a review, oldest first. */
    public List<RevisionInfo> revisions(Tx tx, UUID reviewId) {
        return revisions(JooqTransactions.dsl(tx), reviewId);
    }

    /** The latest revision of every review matching {@code filter}, newest visit first. */
    public List<ReviewSummary> list(Tx tx, ReviewFilter filter) {
        var latest = REVIEW.as("later");
        Condition condition = DSL.notExists(DSL.selectOne().from(latest)
                .where(latest.REVIEW_ID.eq(REVIEW.REVIEW_ID).and(latest.REVISION.gt(REVIEW.REVISION))));
        if (filter.schoolId() != null) {
            condition = condition.and(REVIEW.SCHOOL_ID.eq(filter.schoolId()));
        }
        if (filter.charterId() != null) {
            condition = condition.and(REVIEW.CHARTER_ID.eq(filter.charterId()));
        }
        if (filter.status() != null) {
            condition = condition.and(REVIEW.STATUS.eq(filter.status().name()));
        }
        if (filter.from() != null) {
            condition = condition.and(REVIEW.VISIT_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            condition = condition.and(REVIEW.VISIT_DATE.le(filter.to()));
        }
        return ReviewListQuery.summaries(JooqTransactions.dsl(tx), condition);
    }

    /**
     * Finalised revisions that awarded the charter, the newest finalised revision of each review only
     * (an amendment in progress leaves the earlier award standing).
     */
    public List<ReviewSummary> awards(Tx tx) {
        var later = REVIEW.as("later");
        Condition condition = REVIEW.STATUS.eq(ReviewStatus.FINALISED.name())
                .and(REVIEW.DECISION.eq(Decision.AWARDED.name()))
                .and(DSL.notExists(DSL.selectOne().from(later)
                        .where(later.REVIEW_ID.eq(REVIEW.REVIEW_ID).and(later.REVISION.gt(REVIEW.REVISION))
                                .and(later.STATUS.eq(ReviewStatus.FINALISED.name())))));
        return ReviewListQuery.summaries(JooqTransactions.dsl(tx), condition);
    }

    /** The school as a review names it (read from the school register's table, never written here). */
    public Optional<SchoolRef> school(Tx tx, long schoolId) {
        return JooqTransactions.dsl(tx).selectFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(schoolId))
                .fetchOptional(ReviewReader::schoolRef);
    }

    // --- inside this package -------------------------------------------------------------------

    static Condition named(RevisionRef ref) {
        return REVIEW.REVIEW_ID.eq(ref.reviewId()).and(REVIEW.REVISION.eq(ref.revision()));
    }

    /** The row of the revision {@code ref} names, locked for update until the transaction ends. */
    Optional<ReviewRecord> lockedRow(DSLContext tx, RevisionRef ref) {
        return tx.selectFrom(REVIEW).where(named(ref)).forUpdate().fetchOptional();
    }

    Optional<Review> load(DSLContext tx, long key) {
        return tx.selectFrom(REVIEW).where(REVIEW.REVIEW_KEY.eq(key)).fetchOptional().map(r -> load(tx, r));
    }

    List<RevisionInfo> revisions(DSLContext tx, UUID reviewId) {
        return tx.selectFrom(REVIEW).where(REVIEW.REVIEW_ID.eq(reviewId)).orderBy(REVIEW.REVISION)
                .fetch(r -> new RevisionInfo(r.getRevision(), ReviewStatus.valueOf(r.getStatus()),
                        instant(r.getFinalisedAt()), r.getFinalisedBy(), r.getAmendmentReason(),
                        instant(r.getCreatedAt())));
    }

    /**
     * The whole revision whose row is {@code r} (already read, so it is not read again): one query
     * for the school and one per kind of child.
     */
    Review load(DSLContext tx, ReviewRecord r) {
        long key = r.getReviewKey();
        SchoolRecord school = tx.selectFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(r.getSchoolId())).fetchSingle();
        List<Participant> participants = tx.selectFrom(PARTICIPANT).where(PARTICIPANT.REVIEW_KEY.eq(key))
                .orderBy(PARTICIPANT.POSITION, PARTICIPANT.PARTICIPANT_ID)
                .fetch(p -> new Participant(p.getParticipantRole(), p.getDescription()));
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        tx.selectFrom(JUDGEMENT).where(JUDGEMENT.REVIEW_KEY.eq(key)).orderBy(JUDGEMENT.ITEM_ID)
                .forEach(j -> judgements.put(j.getItemId(), new Judgement(j.getItemId(), j.getLevelId(), j.getFlagged())));
        List<Note> notes = tx.selectFrom(NOTE).where(NOTE.REVIEW_KEY.eq(key)).orderBy(NOTE.ENTRY_NO)
                .fetch(n -> new Note(n.getEntryNo(), n.getItemId(), n.getBody(), n.getInternal()));
        List<Voice> voices = tx.selectFrom(VOICE).where(VOICE.REVIEW_KEY.eq(key)).orderBy(VOICE.ENTRY_NO)
                .fetch(v -> new Voice(v.getEntryNo(), v.getItemId(), v.getSpeakerRole(), v.getSaid(),
                        v.getConsentToShare()));
        List<FollowUpAction> actions = tx.selectFrom(FOLLOW_UP_ACTION).where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key))
                .orderBy(FOLLOW_UP_ACTION.ENTRY_NO)
                .fetch(a -> new FollowUpAction(a.getEntryNo(), a.getItemId(), a.getDescription(), a.getOwnerRole(),
                        a.getDueDate(), a.getDone()));
        List<PledgeSignatory> signatories = tx.selectFrom(PLEDGE_SIGNATORY).where(PLEDGE_SIGNATORY.REVIEW_KEY.eq(key))
                .orderBy(PLEDGE_SIGNATORY.SIGNATORY_ORDER)
                .fetch(s -> new PledgeSignatory(s.getSignatoryName(), s.getSignatoryRole(),
                        s.getOrganisation(), s.getSignedOn(), s.getConsentToPublish()));
        RecordedDecision decision = r.getDecision() == null ? null
                : new RecordedDecision(Decision.valueOf(r.getDecision()), r.getDecisionSummary(), r.getOverrideReason());
        return new Review(
                r.getReviewId(), r.getRevision(), ReviewStatus.valueOf(r.getStatus()),
                schoolRef(school),
                new CharterRef(r.getCharterId(), r.getCharterVersion(), r.getCharterSha256()),
                r.getVisitDate(), splitOfficers(r.getOfficers()), participants, judgements, notes, voices, actions,
                evidence.evidenceOf(tx, key),
                r.getComputedOutcome() == null ? null : ComputedOutcome.valueOf(r.getComputedOutcome()),
                r.getAwardLevelId() == null ? null : new ReachedLevel(r.getAwardLevelId(), r.getAwardLevelName()),
                decision, r.getAwardedOn(), r.getValidUntil(), signatories, instant(r.getFinalisedAt()),
                r.getFinalisedBy(), r.getAmendmentReason(), instant(r.getCreatedAt()), instant(r.getUpdatedAt()));
    }

    static SchoolRef schoolRef(SchoolRecord s) {
        String address = Stream.of(s.getStreet(), s.getTown(), s.getPostcode())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return new SchoolRef(s.getSchoolId(), s.getName(), s.getUrn(), address.isEmpty() ? null : address);
    }

    // --- conversions ---------------------------------------------------------------------------

    static List<String> splitOfficers(String officers) {
        if (officers == null || officers.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(officers.split(OFFICER_SEPARATOR)));
    }

    static String joinOfficers(List<String> officers) {
        return officers.isEmpty() ? null : String.join(OFFICER_SEPARATOR, officers);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime offset(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
