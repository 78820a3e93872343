package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.testing.Pdfsig;
import org.charterreviewer.testing.TestTimestampAuthority;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trusted time from the command line: the council's timestamp server setting, {@code --tsa} on
 * export, {@code certificate extend} on a certificate signed offline, and what verify shows, with
 * an RFC 3161 server running inside the test.
 */
class TimestampCliTest {

    @TempDir
    Path dir;
    Path data;
    UUID reviewId;
    TestTimestampAuthority tsa;

    @BeforeEach
    void anAwardedReviewAndATimestampServer() {
        tsa = TestTimestampAuthority.start();
        data = dir.resolve("officer");
        ok(run("identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "City of Wolverhampton Council"));
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            reviewId = CertificateReviews.awarded(workspace);
        }
    }

    @AfterEach
    void stop() {
        tsa.close();
    }

    @Test
    void theCouncilSettingTimestampsEveryExportAndVerifyShowsIt() {
        assertThat(ok(run("certificate", "timestamp-server")).out()).contains("No timestamp server is set");
        ok(run("certificate", "timestamp-server", tsa.url()));
        assertThat(ok(run("certificate", "timestamp-server")).out()).contains(tsa.url());

        Path file = dir.resolve("stamped.pdf");
        ok(run("certificate", "export", reviewId.toString(), "--out", file.toString()));
        assertThat(tsa.requests()).isEqualTo(1);
        CliRun verify = ok(run("certificate", "verify", file.toString()));
        assertThat(verify.out()).contains("Siân O’Brien (officer)", "timestamped 2026-11-22T14:30:05Z by",
                TestTimestampAuthority.NAME);
        assertThat(ok(run("certificate", "verify", file.toString(), "--json")).out())
                .contains("\"timestamp\"", "\"time\" : \"2026-11-22T14:30:05Z\"");

        ok(run("certificate", "timestamp-server", "--clear"));
        ok(run("certificate", "export", reviewId.toString(), "--out", dir.resolve("plain.pdf").toString()));
        assertThat(tsa.requests()).isEqualTo(1);
    }

    @Test
    void anOfflineCertificateIsExtendedLaterAndStaysValid() {
        Path file = dir.resolve("offline.pdf");
        ok(run("certificate", "export", reviewId.toString(), "--out", file.toString()));
        assertThat(ok(run("certificate", "verify", file.toString())).out()).doesNotContain("timestamped");

        CliRun extend = ok(run("certificate", "extend", file.toString(), "--tsa", tsa.url()));
        assertThat(extend.out()).contains("extended", TestTimestampAuthority.NAME);
        CliRun verify = ok(run("certificate", "verify", file.toString()));
        assertThat(verify.out()).contains("Siân O’Brien (officer)", "(document timestamp)")
                .doesNotContain("NOT intact");
        if (Pdfsig.present()) {
            assertThat(Pdfsig.validCount(file)).as(Pdfsig.run(file)).isEqualTo(1);
        }
    }

    @Test
    void extendWithOutWritesTheCopyAndLeavesTheOriginal() throws Exception {
        Path file = dir.resolve("offline.pdf");
        ok(run("certificate", "export", reviewId.toString(), "--out", file.toString()));
        byte[] before = Files.readAllBytes(file);
        Path copy = dir.resolve("stamped.pdf");

        CliRun extend = ok(run("certificate", "extend", file.toString(), "--tsa", tsa.url(), "--out", copy.toString()));

        assertThat(extend.out()).contains(copy.toString(), TestTimestampAuthority.NAME);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(ok(run("certificate", "verify", copy.toString())).out()).contains("(document timestamp)");
    }

    @Test
    void anUnreachableServerIsAPlainMessageAndChangesNothing() throws Exception {
        String nowhere = TestTimestampAuthority.unreachableUrl();
        Path stamped = dir.resolve("never.pdf");
        CliRun export = run("certificate", "export", reviewId.toString(), "--out", stamped.toString(), "--tsa", nowhere);
        assertThat(export.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(export.err()).contains("cannot be reached").doesNotContain("Exception");
        assertThat(stamped).doesNotExist();

        Path file = dir.resolve("offline.pdf");
        ok(run("certificate", "export", reviewId.toString(), "--out", file.toString()));
        byte[] before = Files.readAllBytes(file);
        CliRun extend = run("certificate", "extend", file.toString(), "--tsa", nowhere);
        assertThat(extend.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(extend.err()).contains("cannot be reached").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CliRun noServer = run("certificate", "extend", file.toString());
        assertThat(noServer.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(noServer.err()).contains("No timestamp server is set");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}
