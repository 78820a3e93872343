package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.charterreviewer.certificate.SignatureTimestamp;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.progress.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code certificate extend} and {@code certificate timestamp-server}: a trusted time on certificates. */
public final class CertificateTimestampCommands {

    private CertificateTimestampCommands() {
    }

    @Command(name = "extend", description = {"Adds a trusted time from a timestamp server (RFC 3161) to a "
        + "certificate signed without one, with the validation data that keeps its signatures checkable after the "
        + "signers' certificates expire. The file is changed in place (or written to --out); every signature on it "
        + "stays valid.",
        "Exit code 1 with the reason, and the file unchanged, when the server cannot be reached or the certificate "
        + "is not intact."})
    public static final class Extend extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.pdf")
        Path file;
        @Option(names = "--tsa", paramLabel = "URL",
                description = "Timestamp server to use instead of the council's setting.")
        String tsa;
        @Option(names = "--out", paramLabel = "OUT.pdf",
                description = "Write the extended certificate here and leave FILE as it is (default: change FILE in place).")
        Path out;

        public Extend(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (tsa != null) {
                workspace().trustedTime().useForThisRun(tsa);
            }
            Path target = out == null ? file : out;
            SignatureTimestamp stamp = workspace().certificateExtension().extend(file, target, ProgressMonitor.NONE);
            out().println(Messages.tr("certificate.extend.written", target, stamp.time(), stamp.authority()));
            return ExitCode.OK;
        }
    }

    @Command(name = "timestamp-server", description = {"Shows or sets the council's timestamp server (RFC 3161). "
        + "When one is set, every certificate signed here carries its trusted time and validation data."})
    public static final class TimestampServer extends WorkspaceCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "URL", description = "The server's address.")
        String url;
        @Option(names = "--clear", description = "Sign without a timestamp server from now on.")
        boolean clear;

        public TimestampServer(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            if (clear) {
                workspace().trustedTime().setCouncilServer(Optional.empty());
            } else if (url != null) {
                workspace().trustedTime().setCouncilServer(Optional.of(url));
                out().println(Messages.tr("certificate.tsa.set", url.trim()));
                return ExitCode.OK;
            }
            Optional<String> current = workspace().trustedTime().councilServer();
            out().println(current.map(server -> Messages.tr("certificate.tsa.current", server))
                    .orElseGet(() -> Messages.tr("certificate.tsa.cleared")));
            return ExitCode.OK;
        }
    }
}
