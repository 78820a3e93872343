package org.charterreviewer.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real workspace in a temporary folder with the test charters, one school and the review services. */
abstract class ReviewTestBase {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @TempDir
    Path dir;

    Workspace workspace;
    Charter wolverhampton = ReviewFixtures.wolverhampton();
    Charter bcp = ReviewFixtures.bcp();
    CharterCatalog catalog = ReviewFixtures.catalog(wolverhampton, bcp);
    ReviewService reviews;
    EvidenceService evidence;
    long schoolId;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(WorkspaceOptions.at(dir.resolve("data")).withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        ReviewFixtures.insertCharterRow(workspace.database().dsl(), wolverhampton);
        ReviewFixtures.insertCharterRow(workspace.database().dsl(), bcp);
        schoolId = ReviewFixtures.insertSchool(workspace.database().dsl(), "Low Hill Nursery School", "103986");
        reviews = services(workspace, catalog);
        evidence = new EvidenceService(reviews, EvidenceSanitizer.NONE);
    }

    static ReviewService services(Workspace workspace, CharterCatalog catalog) {
        return new ReviewService(workspace.database(), catalog, workspace.auditLog(), workspace.clock(), () -> "Officer One");
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    Review startWolverhampton() {
        return reviews.start(new NewReview(schoolId, wolverhampton.id(), wolverhampton.version(), LocalDate.of(2026, 3, 9),
                List.of("Officer One", "Officer Two"),
                List.of(new Participant("Head teacher", null), new Participant("Pupils’ council", "Years 5 and 6"))));
    }

    /** Judges every item at {@code level}. */
    void judgeAll(Review review, String level) {
        wolverhampton.judgedItems().forEach(item -> reviews.judge(review.ref(), item.id(), level));
    }
}
