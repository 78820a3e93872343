package org.charterreviewer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.IdentityDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code identity create|import|show|export-certificate}: the officer's signing identity. */
@Command(name = "identity", description = "The officer's signing identity (key and certificate).",
        subcommands = {
            IdentityCommand.Create.class,
            IdentityCommand.Import.class,
            IdentityCommand.Show.class,
            IdentityCommand.ExportCertificate.class
        })
public final class IdentityCommand {

    /** Prints what {@code identity show} shows, as text or JSON. */
    static void print(WorkspaceCommand command, IdentityDetails details, boolean json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("officerName", details.officerName());
        fields.put("role", details.role());
        fields.put("councilName", details.councilName());
        fields.put("subject", details.subject());
        fields.put("issuer", details.issuer());
        fields.put("serialNumber", details.serialNumber());
        fields.put("validFrom", details.validFrom());
        fields.put("validUntil", details.validUntil());
        fields.put("sha256Fingerprint", details.sha256Fingerprint());
        fields.put("selfSigned", details.selfSigned());
        fields.put("hasLogo", details.hasLogo());
        if (json) {
            command.printJson(fields);
        } else {
            FieldList.print(command.out(), "identity.show.", fields);
        }
    }

    @Command(name = "create", description = {"Makes a signing key and a self-signed certificate for the officer.",
        "The passphrase comes from --passphrase-file or CHARTER_REVIEWER_PASSPHRASE."})
    public static final class Create extends WorkspaceCommand {
        @Option(names = "--name", required = true, description = "The officer's full name.")
        String name;
        @Option(names = "--role", required = true, description = "The officer's role, e.g. \"SEND Participation Officer\".")
        String role;
        @Option(names = "--council", required = true, description = "The council's name.")
        String council;
        @Option(names = "--logo", paramLabel = "FILE", description = "The council's logo (PNG or JPEG) for certificates.")
        Path logo;
        @Option(names = "--replace", description = "Replace an existing identity.")
        boolean replace;

        public Create(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            char[] passphrase = session.requirePassphrase();
            IdentityDetails details = workspace().identity().create(name, role, council, passphrase,
                    Optional.ofNullable(logo), replace);
            out().println(Messages.tr("identity.created", details.officerName()));
            print(this, details, false);
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = {"Imports a council-issued PKCS#12 (.p12/.pfx) file.",
        "Its password comes from --p12-password-file, else it is the passphrase; the key is kept under the passphrase."})
    public static final class Import extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.p12")
        Path file;
        @Option(names = "--p12-password-file", paramLabel = "FILE", description = "File holding the .p12 file's password.")
        Path passwordFile;
        @Option(names = "--name", description = "The officer's name (default: from the certificate).")
        String name;
        @Option(names = "--role", description = "The officer's role (default: from the certificate).")
        String role;
        @Option(names = "--council", description = "The council's name (default: from the certificate).")
        String council;
        @Option(names = "--logo", paramLabel = "FILE", description = "The council's logo (PNG or JPEG).")
        Path logo;
        @Option(names = "--replace", description = "Replace an existing identity.")
        boolean replace;

        public Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            char[] filePassword;
            if (passwordFile != null) {
                try {
                    filePassword = Files.readString(passwordFile, StandardCharsets.UTF_8).stripTrailing().toCharArray();
                } catch (IOException e) {
                    throw new InvalidInputException(Messages.tr("identity.p12PasswordFileUnreadable", passwordFile));
                }
            } else {
                filePassword = session.requirePassphrase();
            }
            IdentityDetails details = workspace().identity().importPkcs12(file, filePassword, session.passphrase(),
                    Optional.ofNullable(name), Optional.ofNullable(role), Optional.ofNullable(council),
                    Optional.ofNullable(logo), replace);
            out().println(Messages.tr("identity.imported", details.officerName()));
            print(this, details, false);
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Shows who signs and with which certificate (no secrets).")
    public static final class Show extends WorkspaceCommand {
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Show(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            print(this, workspace().identity().show(), json);
            return ExitCode.OK;
        }
    }

    @Command(name = "export-certificate", description = {"Writes the public certificate for recipients to trust.",
        "It is DER (.cer) by default, PEM when FILE ends in .pem."})
    public static final class ExportCertificate extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        public ExportCertificate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            workspace().identity().exportCertificate(out);
            out().println(Messages.tr("identity.exported", out));
            return ExitCode.OK;
        }
    }
}
