package org.charterreviewer.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateIssueStoreTest;
import org.charterreviewer.review.ComputedOutcome;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Judgement;
import org.charterreviewer.review.Note;
import org.charterreviewer.review.Participant;
import org.charterreviewer.review.PledgeSignatory;
import org.charterreviewer.review.RecordedDecision;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewDocument;
import org.charterreviewer.review.ReviewStatus;
import org.charterreviewer.review.RevisionRef;
import org.charterreviewer.review.Voice;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.testing.BothDatabases;

/**
 * An imported revision is written as one JDBC batch per kind of row (statements jOOQ renders once
 * per database): every value, empty ones included, reads back as the file gave it, on both databases.
 */
class ImportedReviewWriterTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");

    @BothDatabases
    void everyKindOfRowReadsBackAsTheFileGaveIt(Database database) {
        RevisionRef existing = CertificateIssueStoreTest.insertReview(database.dsl());
        long schoolId = database.dsl().select(REVIEW.SCHOOL_ID).from(REVIEW)
                .where(REVIEW.REVIEW_ID.eq(existing.reviewId())).fetchSingle(REVIEW.SCHOOL_ID);
        ReviewDocument d = document(UUID.randomUUID());
        EvidenceStore evidence = new EvidenceStore();
        Tx tx = JooqTransactions.of(database.dsl());

        RevisionRef ref = new ImportedReviewWriter(evidence).write(tx, d, schoolId, AT);
        new ImportedReviewWriter(evidence).write(tx, document(UUID.randomUUID()), schoolId, AT); // a second writer, same SQL

        Review back = new ReviewReader(evidence).revision(tx, ref).orElseThrow();
        assertThat(back.status()).isEqualTo(ReviewStatus.FINALISED);
        assertThat(back.participants()).containsExactly(new Participant("Pupils", null), new Participant("Staff", "two"));
        assertThat(back.judgements().values()).containsExactlyInAnyOrder(new Judgement("a", "met", false),
                new Judgement("b", null, true));
        assertThat(back.notes()).containsExactly(new Note(1, null, "Overall", false), new Note(2, "a", "On a", true));
        assertThat(back.voices()).containsExactly(new Voice(1, "a", "Pupil", "We vote", true));
        assertThat(back.actions()).containsExactly(new FollowUpAction(1, null, "Plan", null, null, false),
                new FollowUpAction(2, "b", "Meet", "Head", LocalDate.of(2027, 1, 5), true));
        assertThat(back.signatories()).containsExactly(new PledgeSignatory("A Head", "Head", "Oak", LocalDate.of(2026, 11, 1),
                true), new PledgeSignatory("B Chair", "Chair", "Oak", LocalDate.of(2026, 11, 2), false));
        assertThat(back.computedOutcome()).isEqualTo(ComputedOutcome.MET);
        assertThat(back.decision()).isEqualTo(new RecordedDecision(Decision.AWARDED, "Well done", null));
        assertThat(back.awardedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(back.finalisedAt()).isEqualTo(AT);
        assertThat(back.createdAt()).isEqualTo(AT.minusSeconds(3600));
    }

    private static ReviewDocument document(UUID id) {
        return new ReviewDocument(ReviewDocument.FORMAT_VERSION, id, 1, ReviewStatus.FINALISED,
                new ReviewDocument.SchoolPart("Oak School", null, null), new ReviewDocument.CharterPart("yes", "2.1",
                        "c".repeat(64)), new ReviewDocument.VisitPart(LocalDate.of(2026, 11, 19), List.of("Officer")),
                List.of(new ReviewDocument.ParticipantPart("Pupils", null), new ReviewDocument.ParticipantPart("Staff", "two")),
                List.of(new ReviewDocument.JudgementPart("a", "met", false), new ReviewDocument.JudgementPart("b", null, true),
                        new ReviewDocument.JudgementPart("c", null, false)),
                List.of(new ReviewDocument.NotePart(null, "Overall", false), new ReviewDocument.NotePart("a", "On a", true)),
                List.of(new ReviewDocument.VoicePart("a", "Pupil", "We vote", true)),
                List.of(new ReviewDocument.ActionPart(null, "Plan", null, null, false),
                        new ReviewDocument.ActionPart("b", "Meet", "Head", LocalDate.of(2027, 1, 5), true)),
                List.of(), List.of(), ComputedOutcome.MET, null,
                new ReviewDocument.DecisionPart(Decision.AWARDED, "Well done", null), LocalDate.of(2026, 11, 20), null,
                null, List.of(new ReviewDocument.SignatoryPart("A Head", "Head", "Oak", LocalDate.of(2026, 11, 1), true),
                        new ReviewDocument.SignatoryPart("B Chair", "Chair", "Oak", LocalDate.of(2026, 11, 2), false)),
                AT, "Officer", null, AT.minusSeconds(3600), AT, List.of());
    }
}
