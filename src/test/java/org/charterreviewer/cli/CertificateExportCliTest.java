package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateExportCliTest {

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void folder() {
        data = dir.resolve("data");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private UUID withWorkspace(Function<Workspace, UUID> work) {
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(data)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            return work.apply(workspace);
        }
    }

    private void createIdentity() {
        CliRun created = run("identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "City of Wolverhampton Council");
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void exportThenVerifyAndAFlippedByteFails() throws Exception {
        createIdentity();
        UUID id = withWorkspace(CertificateReviews::awarded);
        Path pdf = dir.resolve("certificate.pdf");

        CliRun export = run("certificate", "export", id.toString().substring(0, 8), "--out", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("CR-", CertificateReviews.SCHOOL, pdf.toString());

        CliRun verify = run("certificate", "verify", pdf.toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("matches review " + id + " revision 1 of " + CertificateReviews.SCHOOL,
                "Signed by: Siân O’Brien", "Certificate number: CR-");

        CliRun json = run("certificate", "verify", pdf.toString(), "--json");
        assertThat(json.out()).contains("\"matchesReview\" : true", "\"revision\" : 1");

        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x01;
        Path flipped = Files.write(dir.resolve("flipped.pdf"), bytes);
        CliRun tampered = run("certificate", "verify", flipped.toString());
        assertThat(tampered.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(tampered.err()).isNotBlank().doesNotContain("Exception");
        assertThat(tampered.out()).contains("Matches a review in this install: no");
    }

    /** The demo review's certificate carries a summary that names exactly the review file export gives. */
    @Test
    void theDemoCertificateRoundTripsItsEmbeddedSummary() throws Exception {
        CliRun demo = run("demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        String id = demo.out().strip();
        createIdentity();
        Path pdf = dir.resolve("demo-certificate.pdf");
        assertThat(run("certificate", "export", id, "--out", pdf.toString()).exitCode()).isZero();
        Path reviewFile = dir.resolve("demo-review.json");
        assertThat(run("review", "export", id, "--out", reviewFile.toString()).exitCode()).isZero();

        byte[] embedded;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            embedded = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("certificate-summary.json").getEmbeddedFile().toByteArray();
        }
        com.fasterxml.jackson.databind.ObjectMapper json = org.charterreviewer.json.JsonMapperFactory.create();
        org.charterreviewer.certificate.CertificateSummary summary =
                json.readValue(embedded, org.charterreviewer.certificate.CertificateSummary.class);
        String reviewSha = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(reviewFile)));
        assertThat(summary.review().id()).isEqualTo(UUID.fromString(id));
        assertThat(summary.review().sha256()).isEqualTo(reviewSha);
        assertThat(summary.school().name()).isEqualTo(json.readTree(reviewFile.toFile()).path("school").path("name").asText());
        // Written back the canonical way, it is the same bytes: nothing in it was lost or added.
        assertThat(new org.charterreviewer.json.CanonicalJson(json).write(summary)).isEqualTo(embedded);
        CliRun verify = run("certificate", "verify", pdf.toString(), "--json");
        assertThat(verify.out()).contains(reviewSha, "\"matchesReview\" : true");
    }

    @Test
    void ineligibleReviewsWrongPassphraseAndNoIdentityGetPlainMessages() throws Exception {
        UUID awarded = withWorkspace(CertificateReviews::awarded);
        UUID open = withWorkspace(CertificateReviews::notFinalised);
        Path pdf = dir.resolve("c.pdf");

        CliRun noIdentity = run("certificate", "export", awarded.toString(), "--out", pdf.toString());
        assertThat(noIdentity.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(noIdentity.err()).contains("Set up your signing identity first: identity create");

        createIdentity();
        CliRun notFinalised = run("certificate", "export", open.toString(), "--out", pdf.toString());
        assertThat(notFinalised.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notFinalised.err()).contains(Messages.tr("certificate.export.notFinalised"));
        assertThat(pdf).doesNotExist();

        CliRun unknown = run("certificate", "export", "ffffffff", "--out", pdf.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID);

        CliRun wrong = CliRun.withEnvironment(Map.of(CliSession.PASSPHRASE_VARIABLE, "not the passphrase at all"),
                "--data-dir", data.toString(), "certificate", "export", awarded.toString(), "--out", pdf.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
        assertThat(pdf).doesNotExist();
    }
}
