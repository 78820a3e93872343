package org.charterreviewer.protection;

import org.charterreviewer.protection.store.ErasureStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charterreviewer.protection.ErasureFixtures.attachRandom;
import static org.charterreviewer.protection.ErasureFixtures.randomBytes;
import static org.charterreviewer.protection.ErasureFixtures.rawFileContains;
import static org.charterreviewer.protection.ErasureFixtures.review;
import static org.charterreviewer.protection.ErasureFixtures.school;
import static org.charterreviewer.protection.ErasureFixtures.slice;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.review.Review;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention rule on a fixed clock: off by default, a preview that names exactly what goes, then real deletion. */
class RetentionRuleTest {

    private static final Instant TODAY = Instant.parse("2031-06-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void thePreviewListsEvidencePastItsYearsAndApplyingDeletesExactlyThat() throws Exception {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir).withClock(Clock.fixed(TODAY, ZoneOffset.UTC)))) {
            RetentionRule rule = workspace.retention();
            long oak = school(workspace, "Oak Tree Primary");
            long ash = school(workspace, "Ash Grove School");
            Review old = review(workspace, oak, LocalDate.of(2027, 5, 31));
            attachRandom(workspace, old, dir, "old-photo.bin", 31);
            Review boundary = review(workspace, ash, LocalDate.of(2027, 6, 2));
            attachRandom(workspace, boundary, dir, "recent-photo.bin", 32);

            assertThat(rule.settings().isOff()).isTrue();
            assertThat(rule.preview().isEmpty()).as("off by default: nothing is due").isTrue();

            rule.set(new RetentionSettings(4, null));
            assertThat(rule.settings().evidenceYears()).isEqualTo(4);
            ErasurePlan preview = rule.preview();
            assertThat(preview.reviews()).singleElement().satisfies(r -> {
                assertThat(r.reviewId()).isEqualTo(old.id());
                assertThat(r.wholeReview()).isFalse();
                assertThat(r.schoolName()).isEqualTo("Oak Tree Primary");
                assertThat(r.files()).extracting(ErasedFile::name, ErasedFile::sizeBytes)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("old-photo.bin", 6000L));
            });
            Path file = workspace.folder().databaseFile();
            assertThat(rawFileContains(file, slice(randomBytes(31)))).isTrue();

            ErasureResult result = rule.apply(preview);

            assertThat(result.contentDeleted()).isEqualTo(1);
            assertThat(rawFileContains(file, slice(randomBytes(31)))).isFalse();
            assertThat(rawFileContains(file, slice(randomBytes(32)))).as("not yet due").isTrue();
            assertThat(workspace.reviews().latest(old.id()).evidence()).isEmpty();
            assertThat(workspace.reviews().find(old.id())).as("only the evidence went").isPresent();
            assertThat(rule.preview().isEmpty()).isTrue();
        }
    }

    @Test
    void wholeReviewsGoOnlyWhenFinalisedAndPastTheirYears() {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir).withClock(Clock.fixed(TODAY, ZoneOffset.UTC)))) {
            long oak = school(workspace, "Oak Tree Primary");
            Review inProgress = review(workspace, oak, LocalDate.of(2020, 1, 10));
            workspace.retention().set(new RetentionSettings(null, 3));
            assertThat(workspace.retention().preview().isEmpty()).as("a review still in progress is never deleted").isTrue();
            assertThat(RetentionRule.reviewDue(new RetentionSettings(null, 3), new ErasureStore.ReviewFacts(inProgress.id(),
                    oak, "Oak", "c 1", "C", "1", LocalDate.of(2020, 1, 10), LocalDate.of(2028, 6, 1), "FINALISED",
                    LocalDate.of(2020, 1, 10), 1), LocalDate.of(2031, 6, 1))).isTrue();
            assertThat(RetentionRule.reviewDue(new RetentionSettings(null, 3), new ErasureStore.ReviewFacts(inProgress.id(),
                    oak, "Oak", "c 1", "C", "1", LocalDate.of(2020, 1, 10), LocalDate.of(2028, 6, 2), "FINALISED",
                    LocalDate.of(2020, 1, 10), 1), LocalDate.of(2031, 6, 1))).isFalse();
            assertThatThrownBy(() -> workspace.retention().set(new RetentionSettings(0, null)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void contentSharedByTwoReviewsThatBothLoseItIsListedAsFreedOnceAndIsGone() throws Exception {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir).withClock(Clock.fixed(TODAY, ZoneOffset.UTC)))) {
            RetentionRule rule = workspace.retention();
            Review oak = review(workspace, school(workspace, "Oak Tree Primary"), LocalDate.of(2026, 3, 9));
            Review ash = review(workspace, school(workspace, "Ash Grove School"), LocalDate.of(2026, 4, 20));
            // The same policy document attached to both visits: one stored content, two evidence rows.
            attachRandom(workspace, oak, dir, "policy-oak.bin", 41);
            attachRandom(workspace, ash, dir, "policy-ash.bin", 41);
            rule.set(new RetentionSettings(4, null));

            ErasurePlan preview = rule.preview();
            assertThat(preview.reviews()).hasSize(2).allSatisfy(r -> assertThat(r.files()).singleElement()
                    .satisfies(f -> assertThat(f.contentKept()).as("both lose it, so neither keeps it").isFalse()));
            assertThat(preview.bytesFreed()).as("one content, counted once").isEqualTo(6000L);

            ErasureResult result = rule.apply(preview);
            assertThat(result.contentDeleted()).isEqualTo(1);
            assertThat(rawFileContains(workspace.folder().databaseFile(), slice(randomBytes(41)))).isFalse();
        }
    }
}
