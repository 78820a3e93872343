package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.charterreviewer.review.NewReview;
import org.charterreviewer.review.Participant;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code delete ...} and {@code retention ...}: nothing goes without --yes, and the list says what would. */
class DeleteCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private UUID schoolWithReview(String name) {
        assertThat(run("status").exitCode()).isZero();
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(dir).withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            long id = workspace.schools().add(SchoolDraft.named(name)).id();
            return workspace.reviews().start(new NewReview(id, "wolverhampton-co-production-charter", "1.0",
                    LocalDate.of(2026, 3, 9), List.of("Officer One"), List.of(new Participant("Head teacher", null)))).id();
        }
    }

    @Test
    void aReviewIsOnlyListedWithoutYesAndDeletedWithIt() {
        UUID id = schoolWithReview("Oak Tree Primary");

        CliRun asked = run("delete", "review", id.toString().substring(0, 8));
        assertThat(asked.exitCode()).isEqualTo(1);
        assertThat(asked.out()).as("the charter by its title, the visit as a date in words")
                .contains(id.toString(), "Oak Tree Primary", "Children and Families Together Co-Production Charter — version 1.0",
                        "9 March 2026")
                .doesNotContain("wolverhampton-co-production-charter");
        assertThat(asked.err()).contains("--yes");

        CliRun deleted = run("delete", "review", id.toString(), "--yes");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("compacted", "Backups");
        assertThat(run("delete", "review", id.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aSchoolWithReviewsNeedsWithReviews() {
        schoolWithReview("Ash Grove School");
        CliRun refused = run("delete", "school", "1", "--yes");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--with-reviews");

        CliRun deleted = run("delete", "school", "1", "--with-reviews", "--yes");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(run("school", "show", "1").exitCode()).isEqualTo(1);
    }

    @Test
    void retentionIsShownSetPreviewedAndApplied() {
        schoolWithReview("Beech Academy");
        assertThat(run("retention", "show").out()).contains("no rule");
        assertThat(run("retention", "preview").out()).contains("No retention rule");

        CliRun set = run("retention", "set", "--evidence-years", "2");
        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).contains("2 years");
        assertThat(run("retention", "preview", "--json").out()).contains("\"reviews\" : [ ]").contains("\"bytesFreed\" : 0");
        assertThat(run("retention", "apply").out()).contains("Nothing is due");
        assertThat(run("retention", "set", "--evidence-years", "-1").exitCode()).isEqualTo(1);
        assertThat(run("retention", "set", "--evidence-years", "0").out()).contains("no rule");
    }
}
