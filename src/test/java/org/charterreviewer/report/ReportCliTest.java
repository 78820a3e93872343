package org.charterreviewer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charterreviewer.cli.ExitCode;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCliTest {

    @TempDir
    Path dir;
    Path data;
    Review review;

    @BeforeEach
    void demoReview() throws Exception {
        data = dir.resolve("data");
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            review = ReportFixtures.awardedReview(workspace, Files.createDirectories(dir.resolve("files")));
            workspace.reviews().amend(review.id(), "Second look");
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void exportsTheLatestOrAGivenRevisionByIdPrefix() throws Exception {
        Path latest = dir.resolve("out/latest.pdf");
        CliRun run = run("report", "export", review.id().toString().substring(0, 8), "--out", latest.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("latest.pdf");
        ReportPdf pdf = new ReportPdf(latest);
        assertThat(pdf.flatText()).contains(ReportFixtures.SCHOOL_NAME, "In progress (revision 2)", "DRAFT — not finalised");

        Path first = dir.resolve("first.pdf");
        CliRun revision = run("report", "export", review.id().toString(), "--revision", "1", "--out", first.toString());
        assertThat(revision.exitCode()).as(revision.err()).isZero();
        assertThat(new ReportPdf(first).flatText()).contains("Finalised (revision 1)").doesNotContain("DRAFT");
    }

    @Test
    void badInputGetsAPlainMessageAndTheRightExitCode() {
        CliRun unknown = run("report", "export", "ffffffff", "--out", dir.resolve("a.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(unknown.err()).contains("ffffffff").doesNotContain("Exception");

        CliRun noRevision = run("report", "export", review.id().toString(), "--revision", "9", "--out",
                dir.resolve("b.pdf").toString());
        assertThat(noRevision.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(noRevision.err()).doesNotContain("Exception");

        CliRun folder = run("report", "export", review.id().toString(), "--out", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(folder.err()).contains("folder");

        CliRun noOut = run("report", "export", review.id().toString());
        assertThat(noOut.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dir.resolve("a.pdf")).doesNotExist();
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }
}
