package org.charterreviewer.review.store;

import static org.charterreviewer.storage.jooq.Tables.APP_SETTING;
import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_LINK;
import static org.charterreviewer.storage.jooq.Tables.FOLLOW_UP_ACTION;
import static org.charterreviewer.storage.jooq.Tables.JUDGEMENT;
import static org.charterreviewer.storage.jooq.Tables.NOTE;
import static org.charterreviewer.storage.jooq.Tables.PARTICIPANT;
import static org.charterreviewer.storage.jooq.Tables.PLEDGE_SIGNATORY;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.charterreviewer.review.CharterRef;
import org.charterreviewer.review.ComputedOutcome;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.ReachedLevel;
import org.charterreviewer.review.EvidenceFile;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Judgement;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.review.RevisionInfo;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.SchoolRef;
import org.charterreviewer.review.Voice;
import org.charterreviewer.storage.jooq.tables.records.ReviewRecord;
import org.charterreviewer.storage.jooq.tables.records.SchoolRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Reads and writes reviews and their children with jOOQ. Every method works inside the caller's
 * transaction ({@code tx}); the service decides where transactions begin and end.
 */
public final class ReviewStore {

    public static final String OFFICER_SEPARATOR = "\n";

    // --- reading ---------------------------------------------------------------------------------

    public Optional<ReviewRecord> row(DSLContext tx, long key) {
        return tx.selectFrom(REVIEW).where(REVIEW.REVIEW_KEY.eq(key)).fetchOptional();
    }

    /** The head of one revision, as the service needs it to check and audit a change. */
    public record Row(long key, UUID id, int revision, ReviewStatus status, long schoolId, String charterId,
            String charterVersion) {
    }

    /** The row of {@code key}, locked for update until the transaction ends. */
    public Optional<Row> rowForUpdate(DSLContext tx, long key) {
        return tx.selectFrom(REVIEW).where(REVIEW.REVIEW_KEY.eq(key)).forUpdate().fetchOptional()
                .map(r -> new Row(r.getReviewKey(), r.getReviewId(), r.getRevision(), ReviewStatus.valueOf(r.getStatus()),
                        r.getSchoolId(), r.getCharterId(), r.getCharterVersion()));
    }

    /** The row of the revision {@code ref} names, locked for update until the transaction ends. */
    public Optional<Row> rowForUpdate(DSLContext tx, RevisionRef ref) {
        return key(tx, ref.reviewId(), ref.revision()).flatMap(key -> rowForUpdate(tx, key));
    }

    /** The name of the revision stored under {@code key}. */
    public Optional<RevisionRef> rowOf(DSLContext tx, long key) {
        return tx.select(REVIEW.REVIEW_ID, REVIEW.REVISION).from(REVIEW).where(REVIEW.REVIEW_KEY.eq(key))
                .fetchOptional(r -> new RevisionRef(r.value1(), r.value2()));
    }

    public Optional<Long> latestKey(DSLContext tx, UUID id) {
        return tx.select(REVIEW.REVIEW_KEY).from(REVIEW).where(REVIEW.REVIEW_ID.eq(id))
                .orderBy(REVIEW.REVISION.desc()).limit(1).fetchOptional(REVIEW.REVIEW_KEY);
    }

    public Optional<Long> key(DSLContext tx, UUID id, int revision) {
        return tx.select(REVIEW.REVIEW_KEY).from(REVIEW)
                .where(REVIEW.REVIEW_ID.eq(id).and(REVIEW.REVISION.eq(revision)))
                .fetchOptional(REVIEW.REVIEW_KEY);
    }

    /** Review ids whose text form starts with {@code prefix} (lower case). */
    public List<UUID> idsStartingWith(DSLContext tx, String prefix) {
        return tx.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW)
                .where(DSL.lower(REVIEW.REVIEW_ID.cast(String.class)).startsWith(prefix.toLowerCase()))
                .fetch(REVIEW.REVIEW_ID);
    }

    public Optional<Review> load(DSLContext tx, long key) {
        Optional<ReviewRecord> found = row(tx, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReviewRecord r = found.get();
        SchoolRecord school = tx.selectFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(r.getSchoolId())).fetchSingle();
        List<Participant> participants = tx.selectFrom(PARTICIPANT).where(PARTICIPANT.REVIEW_KEY.eq(key))
                .orderBy(PARTICIPANT.POSITION, PARTICIPANT.PARTICIPANT_ID)
                .fetch(p -> new Participant(p.getParticipantRole(), p.getDescription()));
        Map<String, Judgement> judgements = new LinkedHashMap<>();
        tx.selectFrom(JUDGEMENT).where(JUDGEMENT.REVIEW_KEY.eq(key)).orderBy(JUDGEMENT.ITEM_ID)
                .forEach(j -> judgements.put(j.getItemId(), new Judgement(j.getItemId(), j.getLevelId(), j.getFlagged())));
        List<Note> notes = tx.selectFrom(NOTE).where(NOTE.REVIEW_KEY.eq(key)).orderBy(NOTE.ENTRY_NO)
                .fetch(n -> new Note(n.getEntryNo(), n.getItemId(), n.getBody(), n.getInternal()));
        List<Voice> voices = tx.selectFrom(VOICE_TABLE).where(VOICE_TABLE.REVIEW_KEY.eq(key)).orderBy(VOICE_TABLE.ENTRY_NO)
                .fetch(v -> new Voice(v.getEntryNo(), v.getItemId(), v.getSpeakerRole(), v.getSaid(),
                        v.getConsentToShare()));
        List<FollowUpAction> actions = tx.selectFrom(FOLLOW_UP_ACTION).where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key))
                .orderBy(FOLLOW_UP_ACTION.ENTRY_NO)
                .fetch(a -> new FollowUpAction(a.getEntryNo(), a.getItemId(), a.getDescription(), a.getOwnerRole(),
                        a.getDueDate(), a.getDone()));
        List<EvidenceFile> evidence = evidenceOf(tx, key);
        PledgeSignatory signatory = tx.selectFrom(PLEDGE_SIGNATORY).where(PLEDGE_SIGNATORY.REVIEW_KEY.eq(key))
                .fetchOptional(s -> new PledgeSignatory(s.getSignatoryName(), s.getSignatoryRole(),
                        s.getOrganisation(), s.getSignedOn(), s.getConsentToPublish()))
                .orElse(null);
        RecordedDecision decision = r.getDecision() == null ? null
                : new RecordedDecision(Decision.valueOf(r.getDecision()), r.getDecisionSummary(), r.getOverrideReason());
        return Optional.of(new Review(
                key, r.getReviewId(), r.getRevision(), ReviewStatus.valueOf(r.getStatus()),
                schoolRef(school),
                new CharterRef(r.getCharterId(), r.getCharterVersion(), r.getCharterSha256()),
                r.getVisitDate(), splitOfficers(r.getOfficers()), participants, judgements, notes, voices, actions,
                evidence,
                r.getComputedOutcome() == null ? null : ComputedOutcome.valueOf(r.getComputedOutcome()),
                r.getAwardLevelId() == null ? null : new ReachedLevel(r.getAwardLevelId(), r.getAwardLevelName()),
                decision, r.getAwardedOn(), r.getValidUntil(), signatory, instant(r.getFinalisedAt()),
                r.getFinalisedBy(), r.getAmendmentReason(), instant(r.getCreatedAt()), instant(r.getUpdatedAt())));
    }

    private static final org.charterreviewer.storage.jooq.tables.Voice VOICE_TABLE =
            org.charterreviewer.storage.jooq.tables.Voice.VOICE;

    public List<EvidenceFile> evidenceOf(DSLContext tx, long key) {
        Map<Long, List<String>> links = tx.select(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.ITEM_ID)
                .from(EVIDENCE_LINK).join(EVIDENCE).on(EVIDENCE.EVIDENCE_ID.eq(EVIDENCE_LINK.EVIDENCE_ID))
                .where(EVIDENCE.REVIEW_KEY.eq(key))
                .orderBy(EVIDENCE_LINK.ITEM_ID)
                .fetchGroups(EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.ITEM_ID);
        return tx.select(EVIDENCE.fields()).select(EVIDENCE_BLOB.SIZE_BYTES, EVIDENCE_BLOB.MEDIA_TYPE)
                .from(EVIDENCE).join(EVIDENCE_BLOB).on(EVIDENCE_BLOB.SHA256.eq(EVIDENCE.SHA256))
                .where(EVIDENCE.REVIEW_KEY.eq(key))
                .orderBy(EVIDENCE.EVIDENCE_ID)
                .fetch(e -> new EvidenceFile(e.get(EVIDENCE.EVIDENCE_ID), e.get(EVIDENCE.SHA256),
                        e.get(EVIDENCE.ORIGINAL_NAME), e.get(EVIDENCE_BLOB.SIZE_BYTES), e.get(EVIDENCE_BLOB.MEDIA_TYPE),
                        e.get(EVIDENCE.CAPTION), e.get(EVIDENCE.INTERNAL), e.get(EVIDENCE.METADATA_REMOVED),
                        instant(e.get(EVIDENCE.ADDED_AT)),
                        links.getOrDefault(e.get(EVIDENCE.EVIDENCE_ID), List.of())));
    }

    public List<RevisionInfo> revisions(DSLContext tx, UUID id) {
        return tx.selectFrom(REVIEW).where(REVIEW.REVIEW_ID.eq(id)).orderBy(REVIEW.REVISION)
                .fetch(r -> new RevisionInfo(r.getReviewKey(), r.getRevision(), ReviewStatus.valueOf(r.getStatus()),
                        instant(r.getFinalisedAt()), r.getFinalisedBy(), r.getAmendmentReason(),
                        instant(r.getCreatedAt())));
    }

    /** The latest revision of every review matching {@code filter}, newest visit first. */
    public List<ReviewSummary> list(DSLContext tx, ReviewFilter filter) {
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
        return summaries(tx, condition);
    }

    /**
     * Finalised revisions that awarded the charter, the newest revision of each review only (an
     * amendment in progress leaves the earlier award standing).
     */
    public List<ReviewSummary> awards(DSLContext tx) {
        var later = REVIEW.as("later");
        Condition condition = REVIEW.STATUS.eq(ReviewStatus.FINALISED.name())
                .and(REVIEW.DECISION.eq(Decision.AWARDED.name()))
                .and(DSL.notExists(DSL.selectOne().from(later)
                        .where(later.REVIEW_ID.eq(REVIEW.REVIEW_ID).and(later.REVISION.gt(REVIEW.REVISION))
                                .and(later.STATUS.eq(ReviewStatus.FINALISED.name())))));
        return summaries(tx, condition);
    }

    private List<ReviewSummary> summaries(DSLContext tx, Condition condition) {
        return tx.select(REVIEW.fields()).select(SCHOOL.NAME, SCHOOL.URN, CHARTER.TITLE)
                .from(REVIEW)
                .join(SCHOOL).on(SCHOOL.SCHOOL_ID.eq(REVIEW.SCHOOL_ID))
                .join(CHARTER).on(CHARTER.CHARTER_ID.eq(REVIEW.CHARTER_ID).and(CHARTER.VERSION.eq(REVIEW.CHARTER_VERSION)))
                .where(condition)
                .orderBy(REVIEW.VISIT_DATE.desc().nullsLast(), REVIEW.UPDATED_AT.desc())
                .fetch(this::summary);
    }

    private ReviewSummary summary(Record r) {
        String decision = r.get(REVIEW.DECISION);
        return new ReviewSummary(r.get(REVIEW.REVIEW_KEY), r.get(REVIEW.REVIEW_ID), r.get(REVIEW.REVISION),
                ReviewStatus.valueOf(r.get(REVIEW.STATUS)), r.get(REVIEW.SCHOOL_ID), r.get(SCHOOL.NAME),
                r.get(SCHOOL.URN), r.get(REVIEW.CHARTER_ID), r.get(REVIEW.CHARTER_VERSION), r.get(CHARTER.TITLE),
                r.get(REVIEW.VISIT_DATE), decision == null ? null : Decision.valueOf(decision),
                r.get(REVIEW.AWARDED_ON), r.get(REVIEW.VALID_UNTIL), instant(r.get(REVIEW.UPDATED_AT)),
                r.get(REVIEW.AWARD_LEVEL_NAME));
    }

    public Optional<SchoolRef> school(DSLContext tx, long schoolId) {
        return tx.selectFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(schoolId)).fetchOptional(ReviewStore::schoolRef);
    }

    public static SchoolRef schoolRef(SchoolRecord s) {
        String address = java.util.stream.Stream.of(s.getStreet(), s.getTown(), s.getPostcode())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return new SchoolRef(s.getSchoolId(), s.getName(), s.getUrn(), address.isEmpty() ? null : address);
    }

    // --- writing ---------------------------------------------------------------------------------

    public long insertReview(DSLContext tx, UUID id, int revision, long schoolId, CharterRef charter, LocalDate visitDate,
            List<String> officers, OffsetDateTime now) {
        return tx.insertInto(REVIEW)
                .set(REVIEW.REVIEW_ID, id)
                .set(REVIEW.REVISION, revision)
                .set(REVIEW.SCHOOL_ID, schoolId)
                .set(REVIEW.CHARTER_ID, charter.id())
                .set(REVIEW.CHARTER_VERSION, charter.version())
                .set(REVIEW.CHARTER_SHA256, charter.sha256())
                .set(REVIEW.VISIT_DATE, visitDate)
                .set(REVIEW.OFFICERS, joinOfficers(officers))
                .set(REVIEW.STATUS, ReviewStatus.IN_PROGRESS.name())
                .set(REVIEW.CREATED_AT, now)
                .set(REVIEW.UPDATED_AT, now)
                .returning(REVIEW.REVIEW_KEY)
                .fetchSingle(REVIEW.REVIEW_KEY);
    }

    public void touch(DSLContext tx, long key, OffsetDateTime now) {
        tx.update(REVIEW).set(REVIEW.UPDATED_AT, now).where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    public void setVisit(DSLContext tx, long key, LocalDate visitDate, List<String> officers) {
        tx.update(REVIEW).set(REVIEW.VISIT_DATE, visitDate).set(REVIEW.OFFICERS, joinOfficers(officers))
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    public void replaceParticipants(DSLContext tx, long key, List<Participant> participants) {
        tx.deleteFrom(PARTICIPANT).where(PARTICIPANT.REVIEW_KEY.eq(key)).execute();
        int position = 0;
        for (Participant p : participants) {
            tx.insertInto(PARTICIPANT)
                    .set(PARTICIPANT.REVIEW_KEY, key)
                    .set(PARTICIPANT.POSITION, position++)
                    .set(PARTICIPANT.PARTICIPANT_ROLE, p.role())
                    .set(PARTICIPANT.DESCRIPTION, p.description())
                    .execute();
        }
    }

    /** Sets the level (null clears it) keeping the flag; removes the row when neither is left. */
    public void setLevel(DSLContext tx, long key, String itemId, String levelId, OffsetDateTime now) {
        boolean flagged = tx.select(JUDGEMENT.FLAGGED).from(JUDGEMENT)
                .where(JUDGEMENT.REVIEW_KEY.eq(key).and(JUDGEMENT.ITEM_ID.eq(itemId)))
                .fetchOptional(JUDGEMENT.FLAGGED).orElse(false);
        writeJudgement(tx, key, itemId, levelId, flagged, now);
    }

    public void setFlag(DSLContext tx, long key, String itemId, boolean flagged, OffsetDateTime now) {
        String level = tx.select(JUDGEMENT.LEVEL_ID).from(JUDGEMENT)
                .where(JUDGEMENT.REVIEW_KEY.eq(key).and(JUDGEMENT.ITEM_ID.eq(itemId)))
                .fetchOptional(JUDGEMENT.LEVEL_ID).orElse(null);
        writeJudgement(tx, key, itemId, level, flagged, now);
    }

    public void writeJudgement(DSLContext tx, long key, String itemId, String levelId, boolean flagged, OffsetDateTime now) {
        if (levelId == null && !flagged) {
            tx.deleteFrom(JUDGEMENT).where(JUDGEMENT.REVIEW_KEY.eq(key).and(JUDGEMENT.ITEM_ID.eq(itemId))).execute();
            return;
        }
        // ON CONFLICT, not MERGE: jOOQ writes it for PostgreSQL (MERGE needs 15) and as MERGE for H2.
        tx.insertInto(JUDGEMENT, JUDGEMENT.REVIEW_KEY, JUDGEMENT.ITEM_ID, JUDGEMENT.LEVEL_ID, JUDGEMENT.FLAGGED,
                        JUDGEMENT.UPDATED_AT)
                .values(key, itemId, levelId, flagged, now)
                .onConflict(JUDGEMENT.REVIEW_KEY, JUDGEMENT.ITEM_ID)
                .doUpdate()
                .set(JUDGEMENT.LEVEL_ID, levelId)
                .set(JUDGEMENT.FLAGGED, flagged)
                .set(JUDGEMENT.UPDATED_AT, now)
                .execute();
    }

    /** Writes the one note of an item; blank text removes it. */
    /** Writes the one note of an item as {@code note} gives it, or removes it when {@code note} is null. */
    public void setItemNote(DSLContext tx, long key, String itemId, Note note, OffsetDateTime now) {
        Condition itsNote = NOTE.REVIEW_KEY.eq(key).and(NOTE.ITEM_ID.eq(itemId));
        if (note == null) {
            tx.deleteFrom(NOTE).where(itsNote).execute();
            return;
        }
        int updated = tx.update(NOTE).set(NOTE.BODY, note.body()).set(NOTE.INTERNAL, note.internal())
                .set(NOTE.UPDATED_AT, now).where(itsNote).execute();
        if (updated == 0) {
            insertNote(tx, key, note, now);
        }
    }

    public void insertNote(DSLContext tx, long key, Note note, OffsetDateTime now) {
        tx.insertInto(NOTE)
                .set(NOTE.REVIEW_KEY, key).set(NOTE.ENTRY_NO, note.id()).set(NOTE.ITEM_ID, note.itemId())
                .set(NOTE.BODY, note.body()).set(NOTE.INTERNAL, note.internal())
                .set(NOTE.CREATED_AT, now).set(NOTE.UPDATED_AT, now)
                .execute();
    }

    public int updateNote(DSLContext tx, long key, long noteNo, String body, boolean internal, OffsetDateTime now) {
        return tx.update(NOTE).set(NOTE.BODY, body).set(NOTE.INTERNAL, internal).set(NOTE.UPDATED_AT, now)
                .where(NOTE.REVIEW_KEY.eq(key).and(NOTE.ENTRY_NO.eq(noteNo))).execute();
    }

    public int deleteNote(DSLContext tx, long key, long noteNo) {
        return tx.deleteFrom(NOTE).where(NOTE.REVIEW_KEY.eq(key).and(NOTE.ENTRY_NO.eq(noteNo))).execute();
    }

    public void insertVoice(DSLContext tx, long key, Voice v, OffsetDateTime now) {
        tx.insertInto(VOICE_TABLE)
                .set(VOICE_TABLE.REVIEW_KEY, key).set(VOICE_TABLE.ENTRY_NO, v.id()).set(VOICE_TABLE.ITEM_ID, v.itemId())
                .set(VOICE_TABLE.SPEAKER_ROLE, v.speakerRole()).set(VOICE_TABLE.SAID, v.said())
                .set(VOICE_TABLE.CONSENT_TO_SHARE, v.consentToShare())
                .set(VOICE_TABLE.CREATED_AT, now).set(VOICE_TABLE.UPDATED_AT, now)
                .execute();
    }

    public int updateVoice(DSLContext tx, long key, Voice v, OffsetDateTime now) {
        return tx.update(VOICE_TABLE).set(VOICE_TABLE.SPEAKER_ROLE, v.speakerRole()).set(VOICE_TABLE.SAID, v.said())
                .set(VOICE_TABLE.CONSENT_TO_SHARE, v.consentToShare()).set(VOICE_TABLE.UPDATED_AT, now)
                .where(VOICE_TABLE.REVIEW_KEY.eq(key).and(VOICE_TABLE.ENTRY_NO.eq(v.id()))).execute();
    }

    public int deleteVoice(DSLContext tx, long key, long voiceNo) {
        return tx.deleteFrom(VOICE_TABLE).where(VOICE_TABLE.REVIEW_KEY.eq(key).and(VOICE_TABLE.ENTRY_NO.eq(voiceNo)))
                .execute();
    }

    public void insertAction(DSLContext tx, long key, FollowUpAction a, OffsetDateTime now) {
        tx.insertInto(FOLLOW_UP_ACTION)
                .set(FOLLOW_UP_ACTION.REVIEW_KEY, key).set(FOLLOW_UP_ACTION.ENTRY_NO, a.id())
                .set(FOLLOW_UP_ACTION.ITEM_ID, a.itemId())
                .set(FOLLOW_UP_ACTION.DESCRIPTION, a.description()).set(FOLLOW_UP_ACTION.OWNER_ROLE, a.ownerRole())
                .set(FOLLOW_UP_ACTION.DUE_DATE, a.dueDate()).set(FOLLOW_UP_ACTION.DONE, a.done())
                .set(FOLLOW_UP_ACTION.CREATED_AT, now).set(FOLLOW_UP_ACTION.UPDATED_AT, now)
                .execute();
    }

    /** Writes an action's description, owner, due date and whether it is done. */
    public int updateAction(DSLContext tx, long key, FollowUpAction a, OffsetDateTime now) {
        return tx.update(FOLLOW_UP_ACTION).set(FOLLOW_UP_ACTION.DESCRIPTION, a.description())
                .set(FOLLOW_UP_ACTION.OWNER_ROLE, a.ownerRole()).set(FOLLOW_UP_ACTION.DUE_DATE, a.dueDate())
                .set(FOLLOW_UP_ACTION.DONE, a.done()).set(FOLLOW_UP_ACTION.UPDATED_AT, now)
                .where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key).and(FOLLOW_UP_ACTION.ENTRY_NO.eq(a.id()))).execute();
    }

    public int deleteAction(DSLContext tx, long key, long actionNo) {
        return tx.deleteFrom(FOLLOW_UP_ACTION)
                .where(FOLLOW_UP_ACTION.REVIEW_KEY.eq(key).and(FOLLOW_UP_ACTION.ENTRY_NO.eq(actionNo))).execute();
    }

    public void setDecision(DSLContext tx, long key, RecordedDecision decision) {
        tx.update(REVIEW)
                .set(REVIEW.DECISION, decision == null ? null : decision.decision().name())
                .set(REVIEW.DECISION_SUMMARY, decision == null ? null : decision.summary())
                .set(REVIEW.OVERRIDE_REASON, decision == null ? null : decision.overrideReason())
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    public void setSignatory(DSLContext tx, long key, PledgeSignatory s) {
        tx.deleteFrom(PLEDGE_SIGNATORY).where(PLEDGE_SIGNATORY.REVIEW_KEY.eq(key)).execute();
        if (s != null) {
            tx.insertInto(PLEDGE_SIGNATORY)
                    .set(PLEDGE_SIGNATORY.REVIEW_KEY, key)
                    .set(PLEDGE_SIGNATORY.SIGNATORY_NAME, s.name())
                    .set(PLEDGE_SIGNATORY.SIGNATORY_ROLE, s.role())
                    .set(PLEDGE_SIGNATORY.ORGANISATION, s.organisation())
                    .set(PLEDGE_SIGNATORY.SIGNED_ON, s.signedOn())
                    .set(PLEDGE_SIGNATORY.CONSENT_TO_PUBLISH, s.consentToPublish())
                    .execute();
        }
    }

    public void finalise(DSLContext tx, long key, ComputedOutcome outcome, ReachedLevel level, LocalDate awardedOn,
            LocalDate validUntil, OffsetDateTime at, String by) {
        tx.update(REVIEW)
                .set(REVIEW.STATUS, ReviewStatus.FINALISED.name())
                .set(REVIEW.COMPUTED_OUTCOME, outcome.name())
                .set(REVIEW.AWARD_LEVEL_ID, level == null ? null : level.id())
                .set(REVIEW.AWARD_LEVEL_NAME, level == null ? null : level.name())
                .set(REVIEW.AWARDED_ON, awardedOn)
                .set(REVIEW.VALID_UNTIL, validUntil)
                .set(REVIEW.FINALISED_AT, at)
                .set(REVIEW.FINALISED_BY, by)
                .set(REVIEW.UPDATED_AT, at)
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    /** Writes the state of a finished revision as it was (used by import). */
    public void restoreFinalState(DSLContext tx, long key, Review review) {
        tx.update(REVIEW)
                .set(REVIEW.STATUS, review.status().name())
                .set(REVIEW.COMPUTED_OUTCOME, review.computedOutcome() == null ? null : review.computedOutcome().name())
                .set(REVIEW.AWARD_LEVEL_ID, review.awardLevel() == null ? null : review.awardLevel().id())
                .set(REVIEW.AWARD_LEVEL_NAME, review.awardLevel() == null ? null : review.awardLevel().name())
                .set(REVIEW.AWARDED_ON, review.awardedOn())
                .set(REVIEW.VALID_UNTIL, review.validUntil())
                .set(REVIEW.FINALISED_AT, offset(review.finalisedAt()))
                .set(REVIEW.FINALISED_BY, review.finalisedBy())
                .set(REVIEW.AMENDMENT_REASON, review.amendmentReason())
                .set(REVIEW.CREATED_AT, offset(review.createdAt()))
                .set(REVIEW.UPDATED_AT, offset(review.updatedAt()))
                .where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    public void setAmendmentReason(DSLContext tx, long key, String reason) {
        tx.update(REVIEW).set(REVIEW.AMENDMENT_REASON, reason).where(REVIEW.REVIEW_KEY.eq(key)).execute();
    }

    /**
     * Copies every child of revision {@code from} to revision {@code to}: participants, judgements,
     * notes, voices, actions, evidence with its links (the blobs are shared), the signatory.
     */
    public void copyChildren(DSLContext tx, long from, long to, Review source, OffsetDateTime now) {
        replaceParticipants(tx, to, source.participants());
        for (Judgement j : source.judgements().values()) {
            writeJudgement(tx, to, j.itemId(), j.levelId(), j.flagged(), now);
        }
        for (Note n : source.notes()) {
            insertNote(tx, to, n, now);
        }
        for (Voice v : source.voices()) {
            insertVoice(tx, to, v, now);
        }
        for (FollowUpAction a : source.actions()) {
            insertAction(tx, to, a, now);
        }
        for (EvidenceFile e : source.evidence()) {
            long evidenceId = insertEvidence(tx, to, e.sha256(), e.originalName(), e.caption(), e.internal(),
                    e.metadataRemoved(), offset(e.addedAt()));
            for (String itemId : e.linkedItemIds()) {
                link(tx, evidenceId, itemId);
            }
        }
        setSignatory(tx, to, source.signatory());
        setDecision(tx, to, source.decision());
    }

    // --- evidence rows -----------------------------------------------------------------------------

    public long insertEvidence(DSLContext tx, long key, String sha256, String originalName, String caption,
            boolean internal, boolean metadataRemoved, OffsetDateTime addedAt) {
        return tx.insertInto(EVIDENCE)
                .set(EVIDENCE.REVIEW_KEY, key).set(EVIDENCE.SHA256, sha256).set(EVIDENCE.ORIGINAL_NAME, originalName)
                .set(EVIDENCE.CAPTION, caption).set(EVIDENCE.INTERNAL, internal)
                .set(EVIDENCE.METADATA_REMOVED, metadataRemoved).set(EVIDENCE.ADDED_AT, addedAt)
                .returning(EVIDENCE.EVIDENCE_ID).fetchSingle(EVIDENCE.EVIDENCE_ID);
    }

    /** The SHA-256 of an evidence row of revision {@code key}, if it is there. */
    public Optional<String> evidenceSha256(DSLContext tx, long key, long evidenceId) {
        return tx.select(EVIDENCE.SHA256).from(EVIDENCE)
                .where(EVIDENCE.REVIEW_KEY.eq(key).and(EVIDENCE.EVIDENCE_ID.eq(evidenceId)))
                .fetchOptional(EVIDENCE.SHA256);
    }

    public void link(DSLContext tx, long evidenceId, String itemId) {
        tx.insertInto(EVIDENCE_LINK, EVIDENCE_LINK.EVIDENCE_ID, EVIDENCE_LINK.ITEM_ID)
                .values(evidenceId, itemId)
                .onConflictDoNothing()
                .execute();
    }

    public void unlink(DSLContext tx, long evidenceId, String itemId) {
        tx.deleteFrom(EVIDENCE_LINK).where(EVIDENCE_LINK.EVIDENCE_ID.eq(evidenceId).and(EVIDENCE_LINK.ITEM_ID.eq(itemId)))
                .execute();
    }

    public void setEvidenceCaption(DSLContext tx, long evidenceId, String caption) {
        tx.update(EVIDENCE).set(EVIDENCE.CAPTION, caption).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
    }

    public void setEvidenceInternal(DSLContext tx, long evidenceId, boolean internal) {
        tx.update(EVIDENCE).set(EVIDENCE.INTERNAL, internal).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
    }

    public void deleteEvidence(DSLContext tx, long evidenceId) {
        tx.deleteFrom(EVIDENCE).where(EVIDENCE.EVIDENCE_ID.eq(evidenceId)).execute();
    }

    public boolean blobExists(DSLContext tx, String sha256) {
        return tx.fetchExists(EVIDENCE_BLOB, EVIDENCE_BLOB.SHA256.eq(sha256));
    }

    /** Deletes the blob if no evidence row refers to it any more. */
    public boolean deleteBlobIfUnused(DSLContext tx, String sha256) {
        return tx.deleteFrom(EVIDENCE_BLOB)
                .where(EVIDENCE_BLOB.SHA256.eq(sha256))
                .and(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(sha256))))
                .execute() > 0;
    }

    /** Deletes every blob that no evidence row refers to (left behind by a crash); returns how many. */
    public int deleteOrphanBlobs(DSLContext tx) {
        return tx.deleteFrom(EVIDENCE_BLOB)
                .where(DSL.notExists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.SHA256.eq(EVIDENCE_BLOB.SHA256))))
                .execute();
    }

    public Optional<String> blobMediaType(DSLContext tx, String sha256) {
        return tx.select(EVIDENCE_BLOB.MEDIA_TYPE).from(EVIDENCE_BLOB).where(EVIDENCE_BLOB.SHA256.eq(sha256))
                .fetchOptional(EVIDENCE_BLOB.MEDIA_TYPE);
    }

    // --- settings ---------------------------------------------------------------------------------

    public Optional<String> setting(DSLContext tx, String key) {
        return tx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    public void putSetting(DSLContext tx, String key, String value) {
        tx.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE).values(key, value)
                .onConflict(APP_SETTING.SETTING_KEY).doUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .execute();
    }

    // --- conversions -------------------------------------------------------------------------------

    public static List<String> splitOfficers(String officers) {
        if (officers == null || officers.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(officers.split(OFFICER_SEPARATOR)));
    }

    public static String joinOfficers(List<String> officers) {
        return officers.isEmpty() ? null : String.join(OFFICER_SEPARATOR, officers);
    }

    public static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    public static OffsetDateTime offset(Instant t) {
        return t == null ? null : t.atOffset(java.time.ZoneOffset.UTC);
    }
}
