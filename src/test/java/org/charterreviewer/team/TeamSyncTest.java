package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.review.ReviewFilter;
import org.charterreviewer.review.ReviewSummary;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", on a real PostgreSQL database and two real encrypted data folders
 * (two officers' laptops): a finalised review reaches the other laptop's review list, awards
 * register and school page; the register imported once reaches both; the same revision amended on
 * both is one flagged conflict on each and neither version is lost; a school erased centrally is
 * erased on each laptop at its next sync.
 */
class TeamSyncTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();

    @Test
    void aReviewFinalisedOnOneLaptopAppearsOnTheOtherWithTheRegisterImportedOnce() {
        UUID id;
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            first.schools().add(new SchoolDraft("700001", "Ash Grove Primary School", "Example", null, "Primary", "Open",
                    null, null, null, "Exampleton", null, "EX1 1AA", null, null, null));
            id = CertificateReviews.awarded(first);
            SyncReport report = CouncilTestServer.sync(first);
            assertThat(report.reviewsPushed()).isEqualTo(1);
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(1);
        assertThat(council.number("select count(*) from council_evidence")).isZero();
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.reviewsPulled()).isEqualTo(1);
            assertThat(report.conflictsFound()).isZero();
            List<ReviewSummary> list = second.reviews().list(ReviewFilter.all());
            assertThat(list).extracting(ReviewSummary::id).containsExactly(id);
            assertThat(second.reviews().currentAwards()).extracting(ReviewSummary::id).containsExactly(id);
            long schoolId = second.schools().findByUrn(CertificateReviews.URN).orElseThrow().id();
            assertThat(second.schools().reviewsOf(schoolId)).hasSize(1);
            assertThat(second.schools().findByUrn("700001")).get()
                    .satisfies(s -> assertThat(s.town()).isEqualTo("Exampleton"));
            // Nothing new: an incremental sync moves nothing and leaves the review as it was.
            SyncReport again = CouncilTestServer.sync(second);
            assertThat(again.reviewsPulled() + again.reviewsPushed() + again.schoolsPulled()).isZero();
            assertThat(second.team().status().lastSync()).isNotNull();
        }
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            SyncReport back = CouncilTestServer.sync(first);
            assertThat(back.reviewsPulled()).isZero();
            assertThat(back.reviewsPushed()).isZero();
            assertThat(first.reviews().list(ReviewFilter.all())).hasSize(1);
        }
        assertThat(council.number("select count(*) from council_review")).isEqualTo(1);
    }

    @Test
    void theSameRevisionAmendedOnBothLaptopsIsOneFlaggedConflictAndNeitherIsLost() {
        UUID id;
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            id = CertificateReviews.awarded(first);
            CouncilTestServer.sync(first);
        }
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            CouncilTestServer.sync(second);
            CouncilTestServer.amend(second, id, "Seen again by the second officer.");
        }
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            CouncilTestServer.amend(first, id, "Seen again by the first officer.");
            CouncilTestServer.sync(first);
        }
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            SyncReport report = CouncilTestServer.sync(second);
            assertThat(report.conflictsFound()).isEqualTo(1);
            assertThat(second.reviews().revision(id, 2).decision().summary()).isEqualTo("Seen again by the second officer.");
            List<Conflict> conflicts = second.team().status().conflicts();
            assertThat(conflicts).singleElement().satisfies(c -> {
                assertThat(c.reviewId()).isEqualTo(id);
                assertThat(c.revision()).isEqualTo(2);
            });
            String other = new String(second.team().conflictDocument(conflicts.get(0)).orElseThrow(),
                    StandardCharsets.UTF_8);
            assertThat(other).contains("Seen again by the first officer.");
        }
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            SyncReport report = CouncilTestServer.sync(first);
            assertThat(report.conflictsFound()).isEqualTo(1);
            assertThat(first.reviews().revision(id, 2).decision().summary()).isEqualTo("Seen again by the first officer.");
            assertThat(first.team().status().conflicts()).hasSize(1);
            // A later sync flags nothing new: one conflict stays one.
            assertThat(CouncilTestServer.sync(first).conflictsFound()).isZero();
            assertThat(first.team().status().conflicts()).hasSize(1);
        }
        assertThat(council.number("select count(*) from council_review where revision = 2")).isEqualTo(2);
    }

    @Test
    void aSchoolErasedCentrallyIsErasedOnEachLaptopAtItsNextSync() {
        try (Workspace first = council.connectedLaptop(dir, "first")) {
            CertificateReviews.awarded(first);
            CouncilTestServer.sync(first);
        }
        try (Workspace second = council.connectedLaptop(dir, "second")) {
            CouncilTestServer.sync(second);
            assertThat(second.reviews().list(ReviewFilter.all())).hasSize(1);
        }
        council.sql("select council_erase_school('" + CertificateReviews.URN + "')");
        assertThat(council.number("select count(*) from council_review")).isZero();
        for (String name : List.of("first", "second")) {
            try (Workspace laptop = CouncilTestServer.laptop(dir, name)) {
                SyncReport report = CouncilTestServer.sync(laptop);
                assertThat(report.schoolsErased()).as(name).isEqualTo(1);
                assertThat(laptop.schools().findByUrn(CertificateReviews.URN)).as(name).isEmpty();
                assertThat(laptop.reviews().list(ReviewFilter.all())).as(name).isEmpty();
                // The erased school is not sent back by a laptop that had it.
                assertThat(CouncilTestServer.sync(laptop).reviewsPushed()).isZero();
            }
        }
        assertThat(council.number("select count(*) from council_review")).isZero();
        assertThat(council.number("select count(*) from council_school where erased and name = ''")).isEqualTo(1);
    }
}
