package org.charterreviewer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateCheck;
import org.charterreviewer.certificate.CertificateExport;
import org.charterreviewer.certificate.CertificateContent;
import org.charterreviewer.certificate.CertificateKind;
import org.charterreviewer.certificate.CertificateNumbers;
import org.charterreviewer.certificate.SampleCertificates;
import org.charterreviewer.certificate.SignerResult;
import org.charterreviewer.certificate.VerificationResult;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.SigningIdentity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code certificate export}, {@code countersign}, {@code verify}, {@code extend} and
 * {@code timestamp-server} (and a hidden {@code sample}
 * for checking the design).
 */
@Command(name = "certificate", description = "Signed Charter Status certificates.",
        subcommands = {
            CertificateCommand.Export.class,
            CertificateCommand.Countersign.class,
            CertificateCommand.Verify.class,
            CertificateTimestampCommands.Extend.class,
            CertificateTimestampCommands.TimestampServer.class,
            CertificateCommand.Sample.class
        })
public final class CertificateCommand {

    @Command(name = "verify", description = {"Checks that a certificate PDF is intact and lists everyone who signed "
        + "it (the officer, and the moderator when countersigned) with their role and signing time.",
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
            CertificateCheck check = workspace().certificates().check(file);
            VerificationResult result = check.result();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("intact", check.passed());
            fields.put("reason", check.reason());
            fields.put("signerName", result.signerName());
            fields.put("signerSubject", result.signerSubject());
            fields.put("signingTime", result.signingTime());
            fields.put("certificateNumber", result.certificateNumber());
            fields.put("reviewSha256", result.reviewSha256());
            fields.put("coversWholeFile", result.coversWholeFile());
            fields.put("signers", json ? result.signers().stream().map(Verify::signerFields).toList()
                    : result.signers().isEmpty() ? null
                    : result.signers().stream().map(Verify::signerLine)
                            .collect(java.util.stream.Collectors.joining("\n  ", "\n  ", "")));
            fields.put("matchesReview", check.match().isPresent());
            check.match().ifPresent(match -> fields.put("review", json
                    ? Map.of("id", match.reviewId().toString(), "revision", match.revision(), "school", match.schoolName())
                    : Messages.tr("certificate.verify.matchText", match.reviewId(), match.revision(), match.schoolName())));
            if (check.match().isPresent()) {
                var approval = workspace().moderation().approval().approvalOf(check);
                fields.put("approved", json ? approval.isPresent() : approval.map(m -> Messages.tr(
                        "certificate.verify.approvedText", m.revision(), m.decidedBy(), m.decidedAt()))
                        .orElse(Messages.tr("certificate.verify.notApprovedText")));
                approval.ifPresent(m -> {
                    if (json) {
                        fields.put("approval", Map.of("revision", m.revision(), "moderator", m.decidedBy(),
                                "approvedAt", m.decidedAt().toString()));
                    }
                });
            }
            if (json) {
                printJson(fields);
            } else {
                FieldList.print(out(), "certificate.verify.result.", fields);
            }
            if (!check.passed()) {
                err().println(check.reason());
                return ExitCode.INVALID;
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> signerFields(SignerResult signer) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", signer.name());
            fields.put("role", signer.role().code());
            fields.put("signingTime", signer.signingTime());
            fields.put("intact", signer.intact());
            fields.put("reason", signer.reason());
            fields.put("signerSubject", signer.signerSubject());
            if (signer.timestamp() != null) {
                fields.put("timestamp", Map.of("time", signer.timestamp().time().toString(),
                        "authority", signer.timestamp().authority()));
            }
            return fields;
        }

        private static String signerLine(SignerResult signer) {
            String line = Messages.tr("certificate.verify.signerLine", signer.name(), signer.role().label(),
                    signer.signingTime() == null ? "?" : signer.signingTime(),
                    signer.intact() ? Messages.tr("certificate.verify.signerIntact")
                            : Messages.tr("certificate.verify.signerBroken", signer.reason()));
            return signer.timestamp() == null || signer.role() == org.charterreviewer.certificate.SignerRole.TIMESTAMP
                    ? line : line + "; " + Messages.tr("certificate.verify.timestampLine",
                            signer.timestamp().time(), signer.timestamp().authority());
        }
    }

    @Command(name = "countersign", description = {"Adds your countersignature, as moderator, to a certificate "
        + "another officer signed, and writes the result to a new file; the officer's signature stays valid.",
        "The officer's signature must be intact, you cannot countersign a certificate you signed yourself, and this "
        + "install must hold the finalised review the certificate was issued for (import its bundle first), "
        + "approved by you as moderator (review moderate REVIEW approve).",
        "The passphrase unlocks your signing key. Exit code 1 with the reason when the certificate is refused."})
    public static final class Countersign extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "IN.pdf", description = "The certificate the officer signed.")
        Path in;
        @Option(names = "--out", required = true, paramLabel = "OUT.pdf",
                description = "Where to write the countersigned certificate (a new file).")
        Path out;
        @Option(names = "--tsa", paramLabel = "URL",
                description = "Timestamp server (RFC 3161) to use instead of the council's setting.")
        String tsa;

        public Countersign(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (tsa != null) {
                workspace().trustedTime().useForThisRun(tsa);
            }
            String number = workspace().countersigning().countersign(in, session.requirePassphrase(), out);
            out().println(Messages.tr("certificate.countersign.written", number, out));
            return ExitCode.OK;
        }
    }

    @Command(name = "export", description = {"Writes the signed certificate of a finalised, awarded review.",
        "REVIEW is the review's id or a unique beginning of it. The passphrase unlocks the signing key.",
        "Exit code 1 with the reason when the review gets no certificate."})
    public static final class Export extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW")
        String review;
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;
        @Option(names = "--tsa", paramLabel = "URL",
                description = "Timestamp server (RFC 3161) to use instead of the council's setting.")
        String tsa;

        public Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            UUID id = workspace().reviews().resolveId(review);
            if (tsa != null) {
                workspace().trustedTime().useForThisRun(tsa);
            }
            CertificateExport export = workspace().certificates().export(id, session.requirePassphrase(), out);
            String message = export.numberFromElsewhere() ? "certificate.export.writtenWithKnownNumber"
                    : export.reusedNumber() ? "certificate.export.writtenAgain" : "certificate.export.written";
            out().println(Messages.tr(message,
                    export.certificateNumber(), export.schoolName(), export.revision(), out));
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
