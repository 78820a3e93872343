package org.charterreviewer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.charter.Item;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * An import that fails inside its transaction — evidence content whose bytes do not match the
 * review's SHA-256, found only when the content is stored, after the review's rows were written —
 * leaves the data folder exactly as it was.
 */
class ImportAllOrNothingTest extends ReviewTestBase {

    @Test
    void evidenceThatDoesNotMatchItsHashLeavesTheDatabaseAsItWas() throws Exception {
        ReviewExchange exchange = new ReviewExchange(reviews, evidence, workspace.schools(), catalog, new ReviewJsonWriter(workspace.json()),
                new ReviewJsonReader(workspace.json()));
        Review review = startWolverhampton();
        for (Item item : wolverhampton.judgedItems()) {
            reviews.judge(review.ref(), item.id(), "established");
        }
        reviews.addVoice(review.ref(), "p1", "Pupil, Year 6", "We choose.", true);
        Path minutes = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the pupils’ council");
        EvidenceFile file = evidence.attach(review.ref(), minutes, java.util.List.of("ep1"), null, ProgressMonitor.NONE);
        Path out = dir.resolve("export/review.json");
        exchange.export(reviews.revision(review.ref()), out, true);
        // Same length, other bytes: only hashing the content finds it.
        Files.writeString(ReviewExchange.contentFolder(out).resolve(file.sha256()), "Minutes of the parents’ council");

        try (Workspace other = Workspace.open(WorkspaceOptions.at(dir.resolve("other")))) {
            ReviewFixtures.insertCharterRow(other.database().dsl(), wolverhampton);
            ReviewService otherReviews = services(other, catalog);
            ReviewExchange otherExchange = new ReviewExchange(otherReviews, new EvidenceService(otherReviews,
                    EvidenceSanitizer.NONE), other.schools(), catalog, new ReviewJsonWriter(other.json()), new ReviewJsonReader(other.json()));
            long otherSchool = ReviewFixtures.insertSchool(other.database().dsl(), "Oak Lane Academy", "140002");
            Review held = otherReviews.start(new NewReview(otherSchool, wolverhampton.id(), wolverhampton.version(),
                    java.time.LocalDate.of(2026, 2, 1), java.util.List.of("Officer Two"), java.util.List.of()));
            otherReviews.addReviewNote(held.ref(), "Already here", false);
            Map<String, Integer> countsBefore = rowCounts(other.database().dsl());
            byte[] heldBefore = otherExchange.canonicalJson(otherReviews.revision(held.ref()));

            assertThatThrownBy(() -> otherExchange.importFile(out)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("does not match").hasMessageContaining(file.sha256());

            assertThat(rowCounts(other.database().dsl())).isEqualTo(countsBefore);
            assertThat(otherExchange.canonicalJson(otherReviews.revision(held.ref()))).isEqualTo(heldBefore);
            assertThat(otherReviews.find(review.id())).isEmpty();
        }
    }

    /** The number of rows in every table of the data folder, by table name. */
    private static Map<String, Integer> rowCounts(DSLContext database) {
        DSLContext dsl = org.charterreviewer.testing.QuotedNames.of(database);
        Map<String, Integer> counts = new TreeMap<>();
        for (Table<?> table : dsl.meta().getSchemas("PUBLIC").get(0).getTables()) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        assertThat(counts).containsKeys("REVIEW", "VOICE", "EVIDENCE", "EVIDENCE_BLOB", "AUDIT_LOG", "SCHOOL");
        return counts;
    }
}
