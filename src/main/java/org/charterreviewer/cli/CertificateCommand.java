package org.charterreviewer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateContent;
import org.charterreviewer.certificate.CertificateKind;
import org.charterreviewer.certificate.CertificateNumbers;
import org.charterreviewer.certificate.SampleCertificates;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certificate verify} (and a hidden {@code sample} for checking the design). */
@Command(name = "certificate", description = "Signed Charter Status certificates.",
        subcommands = {
            CertificateCommand.Verify.class,
            CertificateCommand.Sample.class
        })
public final class CertificateCommand {

    @Command(name = "verify", description = {"Checks that a certificate PDF is intact and says who signed it.",
        "Exit code 0 when intact, 1 when tampered with or not a Charter Reviewer certificate."})
    public static final class Verify extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.pdf")
        Path file;
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Verify(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            VerificationResult result = workspace().signatureVerifier().verify(file);
            boolean ours = result.certificateNumber() != null;
            boolean matches = workspace().certificateIssues().matches(result.certificateNumber(), result.reviewSha256());
            boolean passed = result.intact() && ours;
            String reason = result.intact() && !ours ? Messages.tr("certificate.verify.notOurs") : result.reason();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("intact", passed);
            fields.put("reason", reason);
            fields.put("signerName", result.signerName());
            fields.put("signerSubject", result.signerSubject());
            fields.put("signingTime", result.signingTime());
            fields.put("certificateNumber", result.certificateNumber());
            fields.put("reviewSha256", result.reviewSha256());
            fields.put("coversWholeFile", result.coversWholeFile());
            fields.put("matchesReview", matches);
            if (json) {
                printJson(fields);
            } else {
                FieldList.print(out(), "certificate.verify.result.", fields);
            }
            if (!passed) {
                err().println(reason);
                return ExitCode.INVALID;
            }
            return ExitCode.OK;
        }
    }

    /** Renders and signs a made-up certificate with the real identity, to look at the design. */
    @Command(name = "sample", hidden = true, description = "Writes a signed sample certificate (for checking the design).")
    public static final class Sample extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;
        @Option(names = "--school", description = "School name to print.")
        String school = SampleCertificates.DEFAULT_SCHOOL;
        @Option(names = "--pledge", description = "Draw the \"pledge signed\" variant.")
        boolean pledge;

        public Sample(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            SigningIdentity identity = workspace().identity().unlock(session.requirePassphrase());
            LocalDate today = LocalDate.now(workspace().clock());
            String number = new CertificateNumbers().next(Year.from(today));
            CertificateContent content = SampleCertificates.sample(
                    pledge ? CertificateKind.PLEDGE_SIGNED : CertificateKind.CHARTER_STATUS, school,
                    identity.officerName(), identity.role(), identity.councilName(), identity.councilLogo(), number, today);
            if (out.getFileName() == null || Files.isDirectory(out)) {
                throw new InvalidInputException(Messages.tr("identity.export.cannotWrite", out));
            }
            byte[] pdf = workspace().certificateRenderer().render(content);
            workspace().pdfSigner().sign(pdf, identity, out);
            out().println(Messages.tr("certificate.sample.written", out));
            return ExitCode.OK;
        }
    }

}
