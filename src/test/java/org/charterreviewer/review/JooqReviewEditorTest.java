package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * The database editor on a real encrypted H2 file: what it returns after each change is exactly
 * what is stored (the pure apply and the written rows agree), every change has its audit entry,
 * and a refused change leaves nothing behind.
 */
class JooqReviewEditorTest extends ReviewTestBase {

    ReviewEditor editor() {
        return reviews.editor();
    }

    Review applyAndCompare(RevisionRef ref, ReviewChange change) {
        Review returned = editor().apply(ref, change);
        assertThat(returned).as("after %s", change).isEqualTo(editor().revision(returned.ref()));
        return returned;
    }

    @Test
    void everyKindOfChangeIsStoredAsTheInMemoryApplyWorksItOut() throws Exception {
        Review review = startWolverhampton();
        RevisionRef ref = review.ref();
        Path photo = dir.resolve("assembly.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        EvidenceFile file = evidence.attach(review.ref(), photo, List.of("ep1"), "Assembly", ProgressMonitor.NONE);

        applyAndCompare(ref, new ReviewChange.Judge("p1", "established"));
        applyAndCompare(ref, new ReviewChange.Flag("p1", true));
        applyAndCompare(ref, new ReviewChange.Judge("p1", null));
        applyAndCompare(ref, new ReviewChange.Flag("p1", false));
        applyAndCompare(ref, new ReviewChange.SetItemNote("p2", "Pupils set the agenda.", false));
        applyAndCompare(ref, new ReviewChange.SetItemNote("p2", "Pupils set the agenda and chair.", true));
        Review r = applyAndCompare(ref, new ReviewChange.AddReviewNote(5, "A warm welcome.", false));
        applyAndCompare(ref, new ReviewChange.UpdateNote(5, "A very warm welcome.", true));
        r = applyAndCompare(ref, new ReviewChange.AddVoice(ReviewChanges.nextVoiceId(r), "p3", "Pupil", "We choose.", true));
        applyAndCompare(ref, new ReviewChange.UpdateVoice(1, "Pupil, Year 6", "We choose topics.", false));
        applyAndCompare(ref, new ReviewChange.AddAction(1, null, "Share minutes", "Head teacher", LocalDate.of(2028, 3, 1)));
        applyAndCompare(ref, new ReviewChange.SetActionDone(1, true));
        applyAndCompare(ref, new ReviewChange.UpdateAction(1, "Share minutes with families", null, null));
        applyAndCompare(ref, new ReviewChange.LinkEvidence(file.id(), "p4"));
        applyAndCompare(ref, new ReviewChange.UnlinkEvidence(file.id(), "ep1"));
        applyAndCompare(ref, new ReviewChange.SetCaption(file.id(), "School council"));
        applyAndCompare(ref, new ReviewChange.SetEvidenceInternal(file.id(), true));
        applyAndCompare(ref, new ReviewChange.SetVisit(LocalDate.of(2026, 3, 8), List.of("Officer Three")));
        applyAndCompare(ref, new ReviewChange.SetParticipants(List.of(new Participant("Chair of governors", null))));
        applyAndCompare(ref, new ReviewChange.RemoveNote(5));
        applyAndCompare(ref, new ReviewChange.RemoveVoice(1));
        applyAndCompare(ref, new ReviewChange.RemoveAction(1));
        Review last = applyAndCompare(ref, new ReviewChange.RemoveEvidence(file.id()));
        assertThat(last.evidence()).isEmpty();
        assertThat(last.itemNote("p2")).contains(new Note(1, "p2", "Pupils set the agenda and chair.", true));

        assertThat(reviews.auditTrail(review.id())).extracting(AuditEntry::event).contains("review.judged",
                "review.voiceAdded", "evidence.linked", "evidence.removed", "review.participantsChanged");
        assertThat(reviews.auditTrail(review.id())).last().extracting(AuditEntry::detail)
                .isEqualTo("revision 1; evidence " + file.id());
    }

    @Test
    void aRefusedChangeWritesNothingAndLeavesNoAuditEntry() {
        Review review = startWolverhampton();
        int entries = reviews.auditTrail(review.id()).size();
        assertThatThrownBy(() -> editor().apply(review.ref(), new ReviewChange.RecordDecision(Decision.AWARDED, "Yes", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("give a reason for overriding it");
        assertThat(editor().latest(review.id())).isEqualTo(review);
        assertThat(reviews.auditTrail(review.id())).hasSize(entries);
    }

    @Test
    void finalisingAndAmendingKeepEntryNumbersAndTheFinalisedRevision() throws Exception {
        Review review = startWolverhampton();
        RevisionRef ref = review.ref();
        Path minutes = dir.resolve("minutes.pdf");
        Files.writeString(minutes, "%PDF-1.4 minutes");
        evidence.attach(review.ref(), minutes, wolverhampton.judgedItems().stream().map(Item::id).toList(), null,
                ProgressMonitor.NONE);
        for (Item item : wolverhampton.judgedItems()) {
            editor().apply(ref, new ReviewChange.Judge(item.id(), "established"));
        }
        editor().apply(ref, new ReviewChange.AddVoice(3, null, "Parent carer", "We are listened to.", true));
        applyAndCompare(ref, new ReviewChange.RecordDecision(Decision.AWARDED, "Well done", "ignored: matches the rule"));
        Review finalised = applyAndCompare(ref, new ReviewChange.Finalise());
        assertThat(finalised.computedOutcome()).isEqualTo(ComputedOutcome.MET);
        assertThat(finalised.validUntil()).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(finalised.decision().overrideReason()).isNull();

        Review amended = editor().apply(ref, new ReviewChange.Amend("Wrong visit date"));
        assertThat(amended).isEqualTo(editor().latest(review.id()));
        assertThat(amended.ref()).isEqualTo(ref.next());
        assertThat(amended.voices()).extracting(Voice::id).containsExactly(3L);
        assertThat(editor().revision(ref)).isEqualTo(finalised);
        assertThatThrownBy(() -> editor().apply(ref, new ReviewChange.Judge("p1", "embedded")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is finalised");
        assertThat(reviews.auditTrail(review.id())).last().extracting(AuditEntry::detail)
                .isEqualTo("revision 2; from revision 1");
    }

    @Test
    void aJudgementReadsTheRevisionOnceAndTheCharterNotAtAll() throws Exception {
        java.util.concurrent.atomic.AtomicInteger charterReads = new java.util.concurrent.atomic.AtomicInteger();
        org.charterreviewer.charter.CharterCatalog counting = new org.charterreviewer.charter.CharterCatalog() {
            @Override
            public java.util.Optional<org.charterreviewer.charter.StoredCharter> find(String id, String version) {
                charterReads.incrementAndGet();
                return catalog.find(id, version);
            }

            @Override
            public List<org.charterreviewer.charter.StoredCharter> all() {
                return catalog.all();
            }
        };
        ReviewService library = new ReviewService(workspace.database(), counting, workspace.auditLog(),
                workspace.clock(), () -> "Officer One");
        Review review = startWolverhampton();
        evidence.attach(review.ref(), Files.writeString(dir.resolve("minutes.pdf"), "%PDF-1.4 minutes"), List.of("p1"),
                null, ProgressMonitor.NONE);
        library.editor().apply(review.ref(), new ReviewChange.Judge("p1", "established"));
        int charterReadsBefore = charterReads.get();

        List<String> selects = selectsDuring(() -> library.editor().apply(review.ref(),
                new ReviewChange.Judge("p2", "established")));

        // The locked revision row, its school, and one query per kind of child (evidence with its links in one).
        assertThat(selects).hasSizeLessThanOrEqualTo(9);
        assertThat(selects).noneMatch(sql -> readsFrom(sql, "CHARTER"));
        // A pinned charter never changes: the editor asks the catalog for it once, not on every change.
        assertThat(charterReads.get()).isEqualTo(charterReadsBefore);
        assertThat(selects.stream().filter(sql -> readsFrom(sql, "REVIEW")).count()).isEqualTo(1);
    }

    /** Whether {@code sql} reads {@code table}, however the names are quoted or qualified. */
    private static boolean readsFrom(String sql, String table) {
        String plain = sql.replace("\"", "").replace("PUBLIC.", "");
        return java.util.regex.Pattern.compile("(?i)\\bfrom " + table + "\\b").matcher(plain).find();
    }

    /** The SELECT statements H2 ran while {@code work} ran, one entry per execution. */
    private List<String> selectsDuring(Runnable work) {
        var dsl = workspace.database().dsl();
        dsl.execute("SET QUERY_STATISTICS TRUE");
        java.util.Map<String, Long> before = selectCounts(dsl);
        work.run();
        java.util.Map<String, Long> after = selectCounts(dsl);
        dsl.execute("SET QUERY_STATISTICS FALSE");
        List<String> ran = new java.util.ArrayList<>();
        after.forEach((sql, count) -> {
            for (long i = before.getOrDefault(sql, 0L); i < count; i++) {
                ran.add(sql);
            }
        });
        return ran;
    }

    private static java.util.Map<String, Long> selectCounts(org.jooq.DSLContext dsl) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        dsl.resultQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS").fetch()
                .forEach(r -> {
                    String sql = r.get(0, String.class);
                    if (sql.strip().toLowerCase().startsWith("select") && !sql.contains("QUERY_STATISTICS")) {
                        counts.put(sql, r.get(1, Long.class));
                    }
                });
        return counts;
    }
}
