package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.FOLLOW_UP_ACTION;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;
import static org.charterreviewer.storage.jooq.Tables.NOTE;
import static org.charterreviewer.storage.jooq.Tables.PARTICIPANT;
import static org.charterreviewer.storage.jooq.Tables.PLEDGE_SIGNATORY;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.VOICE;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;

/**
 * Writes a revision read from a review file, as it was (status, outcome and dates included), inside
 * the import's transaction. The evidence content it names must be stored already; the school is the
 * school register's, matched or added by it before.
 */
public final class ImportedReviewWriter {

    private final EvidenceStore evidence;

    public ImportedReviewWriter(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    /**
     * Writes {@code d} as a new revision of school {@code schoolId}; returns its name. The revision
     * row goes in once, as it was finished; each kind of child goes in as one JDBC batch of one
     * statement rendered once (a team sync's first pull writes thousands of revisions, and rendering
     * a statement per row was most of the time it spent in jOOQ).
     */
    public RevisionRef write(Tx unit, ReviewDocument d, long schoolId, Instant now) {
        DSLContext tx = JooqTransactions.dsl(unit);
        OffsetDateTime at = ReviewReader.offset(now);
        long key = insertReview(tx, d, schoolId);
        List<ReviewDocument.ParticipantPart> participants = d.participants();
        batch(tx, PARTICIPANT, tx.insertInto(PARTICIPANT, PARTICIPANT.REVIEW_KEY, PARTICIPANT.POSITION, PARTICIPANT.PARTICIPANT_ROLE,
                PARTICIPANT.DESCRIPTION).values((Long) null, null, null, null), participants.size(),
                i -> new Object[] {key, i, participants.get(i).role(), participants.get(i).description()});
        // An item named twice keeps its last judgement; an item neither judged nor flagged has no row.
        Map<String, ReviewDocument.JudgementPart> byItem = new LinkedHashMap<>();
        d.judgements().stream().filter(j -> j.level() != null || j.flagged()).forEach(j -> byItem.put(j.itemId(), j));
        List<ReviewDocument.JudgementPart> judgements = List.copyOf(byItem.values());
        batch(tx, JUDGEMENT, tx.insertInto(JUDGEMENT, JUDGEMENT.REVIEW_KEY, JUDGEMENT.ITEM_ID, JUDGEMENT.LEVEL_ID, JUDGEMENT.FLAGGED,
                JUDGEMENT.UPDATED_AT).values((Long) null, null, null, null, null), judgements.size(),
                i -> new Object[] {key, judgements.get(i).itemId(), judgements.get(i).level(), judgements.get(i).flagged(), at});
        // A review file lists entries in order without numbers; they are numbered 1, 2, 3 here.
        List<ReviewDocument.NotePart> notes = d.notes();
        batch(tx, NOTE, tx.insertInto(NOTE, NOTE.REVIEW_KEY, NOTE.ENTRY_NO, NOTE.ITEM_ID, NOTE.BODY, NOTE.INTERNAL,
                NOTE.CREATED_AT, NOTE.UPDATED_AT).values((Long) null, null, null, null, null, null, null), notes.size(),
                i -> new Object[] {key, i + 1L, notes.get(i).itemId(), notes.get(i).body(), notes.get(i).internal(), at, at});
        List<ReviewDocument.VoicePart> voices = d.voices();
        batch(tx, VOICE, tx.insertInto(VOICE, VOICE.REVIEW_KEY, VOICE.ENTRY_NO, VOICE.ITEM_ID, VOICE.SPEAKER_ROLE, VOICE.SAID,
                VOICE.CONSENT_TO_SHARE, VOICE.CREATED_AT, VOICE.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null), voices.size(),
                i -> new Object[] {key, i + 1L, voices.get(i).itemId(), voices.get(i).speakerRole(), voices.get(i).said(),
                    voices.get(i).consentToShare(), at, at});
        List<ReviewDocument.ActionPart> actions = d.actions();
        batch(tx, FOLLOW_UP_ACTION, tx.insertInto(FOLLOW_UP_ACTION, FOLLOW_UP_ACTION.REVIEW_KEY, FOLLOW_UP_ACTION.ENTRY_NO,
                FOLLOW_UP_ACTION.ITEM_ID, FOLLOW_UP_ACTION.DESCRIPTION, FOLLOW_UP_ACTION.OWNER_ROLE,
                FOLLOW_UP_ACTION.DUE_DATE, FOLLOW_UP_ACTION.DONE, FOLLOW_UP_ACTION.CREATED_AT, FOLLOW_UP_ACTION.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null), actions.size(),
                i -> new Object[] {key, i + 1L, actions.get(i).itemId(), actions.get(i).description(),
                    actions.get(i).ownerRole(), actions.get(i).dueDate(), actions.get(i).done(), at, at});
        Map<Integer, Long> evidenceIds = new HashMap<>();
        for (ReviewDocument.EvidencePart e : d.evidence()) {
            evidenceIds.put(e.id(), evidence.insertEvidence(tx, key, e.sha256(), e.name(), e.caption(), e.internal(),
                    e.metadataRemoved(), ReviewReader.offset(e.addedAt())));
        }
        CrashPoints.reached(CrashPoints.MID_REVIEW_IMPORT);
        for (ReviewDocument.LinkPart link : d.evidenceLinks()) {
            evidence.link(tx, evidenceIds.get(link.evidence()), link.itemId());
        }
        List<PledgeSignatory> signatories = d.pledgeSignatories();
        batch(tx, PLEDGE_SIGNATORY, tx.insertInto(PLEDGE_SIGNATORY, PLEDGE_SIGNATORY.REVIEW_KEY, PLEDGE_SIGNATORY.SIGNATORY_ORDER,
                PLEDGE_SIGNATORY.SIGNATORY_NAME, PLEDGE_SIGNATORY.SIGNATORY_ROLE, PLEDGE_SIGNATORY.ORGANISATION,
                PLEDGE_SIGNATORY.SIGNED_ON, PLEDGE_SIGNATORY.CONSENT_TO_PUBLISH)
                .values((Long) null, null, null, null, null, null, null), signatories.size(),
                i -> new Object[] {key, i, signatories.get(i).name(), signatories.get(i).role(),
                    signatories.get(i).organisation(), signatories.get(i).signedOn(), signatories.get(i).consentToPublish()});
        return new RevisionRef(d.reviewId(), d.revision());
    }

    /** The revision's row as it was finished: status, outcome, decision and dates as the file gives them. */
    private static long insertReview(DSLContext tx, ReviewDocument d, long schoolId) {
        return tx.insertInto(REVIEW)
                .set(REVIEW.REVIEW_ID, d.reviewId()).set(REVIEW.REVISION, d.revision()).set(REVIEW.SCHOOL_ID, schoolId)
                .set(REVIEW.CHARTER_ID, d.charter().id()).set(REVIEW.CHARTER_VERSION, d.charter().version())
                .set(REVIEW.CHARTER_SHA256, d.charter().sha256()).set(REVIEW.VISIT_DATE, d.visit().date())
                .set(REVIEW.OFFICERS, ReviewReader.joinOfficers(d.visit().officers()))
                .set(REVIEW.STATUS, d.status().name())
                .set(REVIEW.COMPUTED_OUTCOME, d.outcome() == null ? null : d.outcome().name())
                .set(REVIEW.DECISION, d.decision() == null || d.decision().decision() == null ? null
                        : d.decision().decision().name())
                .set(REVIEW.DECISION_SUMMARY, d.decision() == null ? null : d.decision().summary())
                .set(REVIEW.OVERRIDE_REASON, d.decision() == null ? null : d.decision().overrideReason())
                .set(REVIEW.AWARD_LEVEL_ID, d.awardLevel() == null ? null : d.awardLevel().id())
                .set(REVIEW.AWARD_LEVEL_NAME, d.awardLevel() == null ? null : d.awardLevel().name())
                .set(REVIEW.AWARDED_ON, d.awardedOn()).set(REVIEW.VALID_UNTIL, d.validUntil())
                .set(REVIEW.FINALISED_AT, ReviewReader.offset(d.finalisedAt())).set(REVIEW.FINALISED_BY, d.finalisedBy())
                .set(REVIEW.AMENDMENT_REASON, d.amendmentReason())
                .set(REVIEW.CREATED_AT, ReviewReader.offset(d.createdAt()))
                .set(REVIEW.UPDATED_AT, ReviewReader.offset(d.updatedAt()))
                .returning(REVIEW.REVIEW_KEY)
                .fetchSingle(REVIEW.REVIEW_KEY);
    }

    /** The SQL of each table's batch statement, rendered by jOOQ once for this database's dialect. */
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /**
     * Runs {@code insert} once for each of {@code rows} rows, bound to what {@code row} gives, as one
     * JDBC batch of a statement rendered once: jOOQ's own batch binds each value through its
     * converters, which cost as much as rendering did.
     */
    private void batch(DSLContext tx, org.jooq.Table<?> table, org.jooq.Query insert, int rows,
            IntFunction<Object[]> row) {
        if (rows == 0) {
            return;
        }
        String sql = statements.computeIfAbsent(tx.dialect() + " " + table.getName(), k -> tx.render(insert));
        tx.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < rows; i++) {
                    Object[] values = row.apply(i);
                    for (int column = 0; column < values.length; column++) {
                        statement.setObject(column + 1, values[column]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
