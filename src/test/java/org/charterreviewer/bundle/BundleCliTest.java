package org.charterreviewer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.review.Review;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCliTest {

    @TempDir
    Path dir;
    Path here;
    Path there;
    UUID reviewId;

    @BeforeEach
    void aReviewInAnEncryptedFolder() throws Exception {
        here = dir.resolve("here");
        there = dir.resolve("there");
        CliRun created = CliRun.of("--data-dir", here.toString(), "identity", "create", "--name", "Siân O’Brien",
                "--role", "SEND Officer", "--council", "City of Wolverhampton Council");
        assertThat(created.exitCode()).as(created.err()).isZero();
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(here)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            Review review = BundleFixture.review(Bundles.of(workspace), workspace, dir.resolve("files"));
            reviewId = review.id();
        }
    }

    private static CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void exportVerifyImportAndImportAgain() {
        Path bundle = dir.resolve("out").resolve("review.zip");
        CliRun exported = run(here, "bundle", "export", reviewId.toString().substring(0, 8), "--out", bundle.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Bundle written");

        CliRun verified = run(there, "bundle", "verify", bundle.toString());
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("intact", "Signed by Siân O’Brien, City of Wolverhampton Council",
                "another officer’s identity");
        CliRun own = run(here, "bundle", "verify", bundle.toString(), "--json");
        assertThat(own.exitCode()).isZero();
        assertThat(own.out()).contains("\"ok\" : true", "\"ownIdentity\" : true", "\"signedBy\" : \"Siân O’Brien\"");

        CliRun imported = run(there, "bundle", "import", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported the review of Low Hill Nursery School, revision 1");
        CliRun again = run(there, "bundle", "import", bundle.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Already present");
    }

    @Test
    void aReportThatIsNotAPdfIsRefusedWithAPlainMessageAndNoBundle() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Path bundle = dir.resolve("with-logo.zip");

        CliRun refused = run(here, "bundle", "export", reviewId.toString(), "--out", bundle.toString(), "--report",
                logo.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("logo.png", "not a PDF").doesNotContain("Exception");
        assertThat(bundle).doesNotExist();
    }

    @Test
    void aTamperedOrForeignFileExitsOneWithAPlainMessage() throws Exception {
        Path bundle = dir.resolve("review.zip");
        assertThat(run(here, "bundle", "export", reviewId.toString(), "--out", bundle.toString(), "--redacted")
                .exitCode()).isZero();
        Path tampered = BundleFixture.tamper(bundle, dir.resolve("tampered.zip"),
                e -> e.get("review.json")[10] ^= 1);
        Path letter = Files.writeString(dir.resolve("letter.zip"), "not a zip", StandardCharsets.UTF_8);

        CliRun bad = run(there, "bundle", "verify", tampered.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("“review.json”", "changed after the bundle was made").doesNotContain("Exception");
        CliRun badJson = run(there, "bundle", "verify", tampered.toString(), "--json");
        assertThat(badJson.exitCode()).isEqualTo(1);
        assertThat(badJson.out()).contains("\"ok\" : false", "\"problems\"");
        CliRun notZip = run(there, "bundle", "import", letter.toString());
        assertThat(notZip.exitCode()).isEqualTo(1);
        assertThat(notZip.err()).contains("not a ZIP file");
        assertThat(run(there, "bundle").exitCode()).isEqualTo(2);
    }
}
