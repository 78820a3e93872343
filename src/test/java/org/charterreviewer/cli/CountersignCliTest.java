package org.charterreviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charterreviewer.testing.PdfSignatures.countOf;
import static org.charterreviewer.testing.PdfSignatures.flipped;
import static org.charterreviewer.testing.PdfSignatures.independentlyValid;
import static org.charterreviewer.testing.PdfSignatures.pdfsig;
import static org.charterreviewer.testing.PdfSignatures.pdfsigAvailable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.charterreviewer.certificate.CertificateReviews;
import org.charterreviewer.certificate.SignatureVerifier;
import org.charterreviewer.certificate.SignerResult;
import org.charterreviewer.certificate.SignerRole;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.pdf.VeraPdf;
import org.charterreviewer.testing.CliRun;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The officer signs a certificate in one encrypted data folder; a moderator with another identity
 * countersigns it in a second folder after importing the review's bundle.
 */
class CountersignCliTest {

    @TempDir
    Path dir;
    Path officerFolder;
    Path moderatorFolder;
    Path signed;
    Path bundle;
    UUID reviewId;

    @BeforeEach
    void anOfficerSignedCertificateAndAModerator() {
        officerFolder = dir.resolve("officer");
        moderatorFolder = dir.resolve("moderator");
        ok(run(officerFolder, "identity", "create", "--name", "Siân O’Brien", "--role", "SEND Officer",
                "--council", "City of Wolverhampton Council"));
        ok(run(moderatorFolder, "identity", "create", "--name", "Kwame Mensah", "--role", "Inclusion Lead",
                "--council", "City of Wolverhampton Council"));
        try (Workspace workspace = Workspace.open(WorkspaceOptions.at(officerFolder)
                .withPassphrase(CliRun.TEST_PASSPHRASE.toCharArray()))) {
            reviewId = CertificateReviews.awarded(workspace);
        }
        signed = dir.resolve("certificate.pdf");
        ok(run(officerFolder, "certificate", "export", reviewId.toString(), "--out", signed.toString()));
        bundle = dir.resolve("review.zip");
        ok(run(officerFolder, "bundle", "export", reviewId.toString(), "--out", bundle.toString()));
    }

    @Test
    void moderatorCountersignsAndBothSignaturesAreValid() throws Exception {
        Path countersigned = dir.resolve("countersigned.pdf");
        CliRun notHeld = run(moderatorFolder, "certificate", "countersign", signed.toString(),
                "--out", countersigned.toString());
        assertThat(notHeld.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notHeld.err()).contains("does not hold the finalised review").doesNotContain("Exception");
        assertThat(countersigned).doesNotExist();

        ok(run(moderatorFolder, "bundle", "import", bundle.toString()));
        CliRun notApproved = run(moderatorFolder, "certificate", "countersign", signed.toString(),
                "--out", countersigned.toString());
        assertThat(notApproved.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(notApproved.err()).contains("not approved by a moderator in this install");
        assertThat(countersigned).doesNotExist();

        ok(run(moderatorFolder, "review", "moderate", reviewId.toString(), "approve"));
        CliRun done = ok(run(moderatorFolder, "certificate", "countersign", signed.toString(),
                "--out", countersigned.toString()));
        assertThat(done.out()).contains("Countersigned certificate CR-");

        byte[] original = Files.readAllBytes(signed);
        byte[] both = Files.readAllBytes(countersigned);
        assertThat(new String(both, 0, original.length, StandardCharsets.ISO_8859_1))
                .as("an incremental update keeps the officer's bytes")
                .isEqualTo(new String(original, StandardCharsets.ISO_8859_1));

        VerificationResult result = new SignatureVerifier().verify(both);
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.signers()).extracting(SignerResult::name, SignerResult::role, SignerResult::intact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Siân O’Brien", SignerRole.OFFICER, true),
                        org.assertj.core.groups.Tuple.tuple("Kwame Mensah", SignerRole.MODERATOR, true));
        assertThat(result.signers()).allSatisfy(s -> assertThat(s.signingTime()).isNotNull());
        assertThat(independentlyValid(both)).containsExactly(true, true);
        if (pdfsigAvailable()) {
            assertThat(countOf(pdfsig(countersigned), "Signature is Valid.")).isEqualTo(2);
        }

        CliRun verify = ok(run(moderatorFolder, "certificate", "verify", countersigned.toString(), "--json"));
        assertThat(verify.out()).contains("\"intact\" : true", "\"role\" : \"officer\"", "\"role\" : \"moderator\"",
                "\"name\" : \"Kwame Mensah\"", "\"matchesReview\" : true", "\"approved\" : true");
        CliRun text = ok(run(officerFolder, "certificate", "verify", countersigned.toString()));
        assertThat(text.out()).contains("Siân O’Brien (officer)", "Kwame Mensah (moderator)",
                "Nothing added after the last signature: yes");

        CliRun again = run(moderatorFolder, "certificate", "countersign", countersigned.toString(),
                "--out", dir.resolve("twice.pdf").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(again.err()).contains("already countersigned");

        assertThat(VeraPdf.failures(both, PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(VeraPdf.failures(both, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void oneChangedByteMakesBothSignaturesInvalid() throws Exception {
        ok(run(moderatorFolder, "bundle", "import", bundle.toString()));
        ok(run(moderatorFolder, "review", "moderate", reviewId.toString(), "approve"));
        Path countersigned = dir.resolve("countersigned.pdf");
        ok(run(moderatorFolder, "certificate", "countersign", signed.toString(), "--out", countersigned.toString()));
        byte[] both = Files.readAllBytes(countersigned);

        // A byte both signatures cover (the officer's reason, in the first revision)...
        Path early = Files.write(dir.resolve("early.pdf"), flipped(both, "Issued this certificate"));
        assertBothBroken(early);
        if (pdfsigAvailable()) {
            String out = pdfsig(early);
            assertThat(countOf(out, "Signature is Valid.")).as(out).isZero();
        }
        // ...and a byte only the moderator's covers: the officer's then vouches for a changed file.
        assertBothBroken(Files.write(dir.resolve("late.pdf"), flipped(both, "Checked the review")));
    }

    @Test
    void anOfficerCannotCountersignTheirOwnCertificate() {
        Path own = dir.resolve("own.pdf");
        CliRun run = run(officerFolder, "certificate", "countersign", signed.toString(), "--out", own.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(run.err()).contains("An officer cannot countersign their own certificate").doesNotContain("Exception");
        assertThat(own).doesNotExist();
    }

    @Test
    void helpSaysWhatCountersigningNeeds() {
        CliRun help = ok(run(officerFolder, "certificate", "countersign", "--help"));
        // picocli wraps the sentences; compare them with line breaks folded to spaces.
        assertThat(help.out().replaceAll("\\s+", " "))
                .contains("another officer signed", "cannot countersign a certificate you signed yourself");
    }

    private void assertBothBroken(Path file) {
        VerificationResult result = new SignatureVerifier().verify(file);
        assertThat(result.intact()).isFalse();
        assertThat(result.signers()).hasSize(2).noneMatch(SignerResult::intact);
        CliRun verify = run(moderatorFolder, "certificate", "verify", file.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(verify.out()).contains("NOT intact").doesNotContain(": intact");
    }

    private static CliRun ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static CliRun run(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }
}
