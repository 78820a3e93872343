package org.charterreviewer.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.ImmediateTaskExecutor;
import org.charterreviewer.testing.RecordingDialogService;
import org.charterreviewer.ui.team.ConflictResolutionViewModel;
import org.charterreviewer.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person resolves a conflict, on embedded PostgreSQL and two real data folders: {@code team
 * conflicts} shows both versions in words, {@code team resolve --keep theirs} adds the other
 * officer's version as the next revision (the next syncs carry it to both laptops),
 * {@code --keep mine} clears the flag; each choice is in the audit log. The window's view model
 * does the same after the officer confirms.
 */
class TeamConflictResolutionTest {

    private static final String FIRST = "Seen again by the first officer.";
    private static final String SECOND = "Seen again by the second officer.";

    @TempDir
    Path dir;
    @RegisterExtension
    final CouncilTestServer council = CouncilTestServer.perTest();
    UUID id;

    @BeforeEach
    void aConflictOnBothLaptops() {
        id = council.conflictOnTwoLaptops(dir, FIRST, SECOND);
    }

    private CliRun cli(String laptop, String... args) {
        return CouncilTestServer.cli(dir, laptop, args);
    }

    @Test
    void keepingTheirsAddsTheirVersionAsTheNextRevisionAndBothLaptopsEndTheSame() throws Exception {
        CliRun listed = cli("second", "team", "conflicts", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode conflicts = JsonMapperFactory.create().readTree(listed.out());
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).get("reviewId").asText()).isEqualTo(id.toString());
        assertThat(conflicts.get(0).get("mine").toString()).contains(SECOND).doesNotContain(FIRST);
        assertThat(conflicts.get(0).get("theirs").toString()).contains(FIRST).doesNotContain(SECOND);
        CliRun words = cli("second", "team", "conflicts");
        assertThat(words.out()).contains("This laptop’s version:").contains("Summary: " + SECOND)
                .contains("Summary: " + FIRST).contains("team resolve REVIEW --keep mine");

        CliRun bad = cli("second", "team", "resolve", id.toString().substring(0, 8), "--keep", "both");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--keep mine").doesNotContain("Exception");

        CliRun resolved = cli("second", "team", "resolve", id.toString().substring(0, 8), "--keep", "theirs");
        assertThat(resolved.exitCode()).as(resolved.err()).isZero();
        assertThat(resolved.out()).contains("next revision");
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            assertThat(second.team().status().conflicts()).isEmpty();
            assertThat(second.reviews().revision(id, 2).decision().summary()).as("revision 2 is never changed")
                    .isEqualTo(SECOND);
            Review kept = second.reviews().revision(id, 3);
            assertThat(kept.decision().summary()).isEqualTo(FIRST);
            assertThat(kept.amendmentReason()).contains("revision 2");
            assertThat(second.reviews().auditTrail(id)).anySatisfy(e -> {
                assertThat(e.event()).isEqualTo(ConflictResolver.AUDIT_EVENT);
                assertThat(e.detail()).contains("kept theirs");
            });
            assertThat(CouncilTestServer.sync(second).reviewsPushed()).isEqualTo(1);
        }
        assertThat(cli("first", "team", "resolve", id.toString(), "--keep", "mine").exitCode()).isZero();
        try (Workspace first = CouncilTestServer.laptop(dir, "first")) {
            assertThat(first.team().status().conflicts()).isEmpty();
            assertThat(first.reviews().auditTrail(id)).anySatisfy(e -> assertThat(e.detail()).contains("kept mine"));
            SyncReport report = CouncilTestServer.sync(first);
            assertThat(report.reviewsPulled()).isEqualTo(1);
            assertThat(report.conflictsFound()).isZero();
            assertThat(first.reviews().revision(id, 3).decision().summary()).isEqualTo(FIRST);
            assertThat(first.team().status().conflicts()).isEmpty();
        }
        assertThat(cli("first", "team", "resolve", id.toString(), "--keep", "mine").err())
                .contains("no conflict waiting");
    }

    @Test
    void theWindowShowsBothVersionsSideBySideAndKeepsTheChosenOne() {
        try (Workspace second = CouncilTestServer.laptop(dir, "second")) {
            RecordingDialogService dialogs = new RecordingDialogService();
            int[] refreshed = new int[1];
            ConflictResolutionViewModel viewModel = new ConflictResolutionViewModel(second.team(),
                    new ImmediateTaskExecutor(), dialogs, () -> refreshed[0]++);
            viewModel.refresh();
            assertThat(viewModel.conflicts()).singleElement().asString().as("the review by its school, not its id")
                    .contains(CertificateReviews.SCHOOL).contains("revision 2").doesNotContain(id.toString().substring(0, 8));
            assertThat(viewModel.selectedProperty().get()).isZero();
            assertThat(viewModel.getMine()).contains(SECOND).as("the decision in words").contains("Decision: Awarded");
            assertThat(viewModel.getTheirs()).contains(FIRST);

            dialogs.confirmAnswer = false;
            viewModel.keepMine();
            assertThat(second.team().status().conflicts()).as("not confirmed: nothing changes").hasSize(1);

            dialogs.confirmAnswer = true;
            viewModel.keepMine();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(refreshed[0]).isEqualTo(1);
            assertThat(second.team().status().conflicts()).isEmpty();
            viewModel.refresh();
            assertThat(viewModel.conflicts()).isEmpty();
            assertThat(viewModel.getMine()).isEmpty();
        }
    }
}
