package org.charterreviewer.cli;

import org.charterreviewer.review.RevisionRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.charterreviewer.certificate.CertificateIssueStoreTest;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateCliTest {

    @TempDir
    Path dir;
    Path data;
    Path passphrase;

    @BeforeEach
    void files() throws Exception {
        data = dir.resolve("data");
        passphrase = Files.writeString(dir.resolve("pass.txt"), "a long passphrase\n");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = data.toString();
        all[2] = "--passphrase-file";
        all[3] = passphrase.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    private void createIdentity() {
        CliRun created = run("identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "Powys Council");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void identityCreateShowAndExport() {
        createIdentity();
        CliRun again = run("identity", "create", "--name", "X", "--role", "Y", "--council", "Z");
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(again.err()).contains("--replace").doesNotContain("Exception");

        CliRun show = run("identity", "show", "--json");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("\"officerName\" : \"Siân O’Brien\"", "sha256Fingerprint")
                .doesNotContain("a long passphrase", "PRIVATE");

        Path cer = dir.resolve("officer.cer");
        assertThat(run("identity", "export-certificate", "--out", cer.toString()).exitCode()).isZero();
        assertThat(cer).isRegularFile();
    }

    @Test
    void missingPassphraseGetsAPlainMessage() {
        CliRun run = CliRun.withEnvironment(java.util.Map.of(), "--data-dir", data.toString(), "identity", "create",
                "--name", "A", "--role", "B", "--council", "C");
        // No CHARTER_REVIEWER_PASSPHRASE and no file: the message names both ways to give one.
        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(run.err()).contains("--passphrase-file", "CHARTER_REVIEWER_PASSPHRASE").doesNotContain("Exception");
    }

    @Test
    void passphraseCanComeFromTheEnvironment() {
        CliSession session = new CliSession(Workspace::open,
                java.util.Map.of(CliSession.PASSPHRASE_VARIABLE, "from the environment"));
        assertThat(session.passphrase()).hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("from the environment"));
        session.passphraseFile(passphrase);
        assertThat(new String(session.requirePassphrase())).isEqualTo("a long passphrase");
        session.close();
    }

    @Test
    void signedSampleVerifiesAndATamperedCopyExitsWithOne() throws Exception {
        createIdentity();
        Path pdf = dir.resolve("sample.pdf");
        CliRun sample = run("certificate", "sample", "--out", pdf.toString());
        assertThat(sample.exitCode()).as(sample.err()).isZero();

        CliRun verify = run("certificate", "verify", pdf.toString(), "--json");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("\"intact\" : true", "\"signerName\" : \"Siân O’Brien\"",
                "\"matchesReview\" : false", "\"certificateNumber\" : \"CR-");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x20;
        Path tampered = Files.write(dir.resolve("tampered.pdf"), bytes);
        CliRun bad = run("certificate", "verify", tampered.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).isNotBlank().doesNotContain("Exception");

        Path text = Files.writeString(dir.resolve("note.pdf"), "not a pdf");
        CliRun notPdf = run("certificate", "verify", text.toString());
        assertThat(notPdf.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notPdf.err()).contains("not a PDF");
    }

    @Test
    void verifySaysWhenTheCertificateMatchesAReviewIssuedHere() throws Exception {
        createIdentity();
        Path pdf = dir.resolve("sample.pdf");
        assertThat(run("certificate", "sample", "--out", pdf.toString()).exitCode()).isZero();
        VerificationResult result = new SignatureVerifier().verify(pdf);
        // The command line encrypted the folder with the passphrase file's text.
        try (Workspace workspace = Workspace.open(new WorkspaceOptions(Optional.of(data),
                Optional.of("a long passphrase".toCharArray()), Clock.systemUTC()))) {
            org.charterreviewer.review.RevisionRef reviewKey = CertificateIssueStoreTest.insertReview(workspace.database().dsl());
            workspace.certificateIssues().record(result.certificateNumber(), reviewKey, result.reviewSha256(), "Siân O’Brien");
        }
        CliRun verify = run("certificate", "verify", pdf.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("Matches a review in this install: yes");
    }

    @Test
    void wrongPassphraseExitsWithFour() throws Exception {
        createIdentity();
        Files.writeString(passphrase, "another passphrase");
        CliRun run = run("certificate", "sample", "--out", dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void importOfACouncilP12() throws Exception {
        Path p12 = org.charterreviewer.identity.IdentityServiceTestSupport.councilP12(dir.resolve("council.p12"),
                "file-password".toCharArray());
        Path p12Password = Files.writeString(dir.resolve("p12pass.txt"), "file-password");
        CliRun run = run("identity", "import", p12.toString(), "--p12-password-file", p12Password.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Mair Jones", "Inclusion Lead");
    }
}
