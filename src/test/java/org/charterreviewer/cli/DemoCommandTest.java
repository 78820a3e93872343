package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.charter.Item;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.review.Decision;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoPrintsOnlyTheIdOfAFinishedAwardedReviewAndReusesTheSchool() {
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("--data-dir", data.toString(), "demo");
        assertThat(first.exitCode()).as(first.err()).isZero();
        UUID firstId = UUID.fromString(first.out().strip());
        CliRun second = CliRun.of("--data-dir", data.toString(), "demo");
        assertThat(second.exitCode()).as(second.err()).isZero();
        UUID secondId = UUID.fromString(second.out().strip());
        assertThat(secondId).isNotEqualTo(firstId);

        try (Workspace ws = Workspace.open(WorkspaceOptions.at(data).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            Review review = ws.reviews().latest(firstId);
            assertThat(review.isFinalised()).isTrue();
            assertThat(review.decision().decision()).isEqualTo(Decision.AWARDED);
            assertThat(review.validUntil()).isNotNull();
            assertThat(review.school().urn()).isEqualTo(DemoReview.DEMO_URN);
            assertThat(ws.reviews().latest(secondId).school().schoolId()).isEqualTo(review.school().schoolId());
            assertThat(ws.schools().search(DemoReview.DEMO_SCHOOL_NAME, true, 10)).hasSize(1);
            assertThat(review.participants()).extracting(p -> p.role())
                    .contains("Head teacher", "SENCO", "Chair of governors", "School council", "Parent carers");
            var charter = ws.reviews().charterOf(review);
            assertThat(review.judgements().keySet())
                    .containsAll(charter.judgedItems().stream().map(Item::id).toList());
            assertThat(review.judgements().values()).extracting(j -> j.levelId()).contains("emerging", "embedded");
            assertThat(review.evidence()).hasSize(3);
            assertThat(review.evidence()).filteredOn(e -> e.isImage()).hasSize(2);
            assertThat(review.notes()).anyMatch(n -> n.internal()).anyMatch(n -> !n.internal());
            assertThat(review.voices()).anyMatch(v -> v.consentToShare()).anyMatch(v -> !v.consentToShare());
            assertThat(review.actions()).hasSize(2).allMatch(a -> a.ownerRole() != null && a.dueDate() != null);
            assertThat(ws.reviews().evaluate(review).met()).isTrue();
        }
    }
}
