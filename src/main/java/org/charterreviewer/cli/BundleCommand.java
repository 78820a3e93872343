package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charterreviewer.bundle.BundleAttachments;
import org.charterreviewer.bundle.BundleException;
import org.charterreviewer.bundle.BundleExporter;
import org.charterreviewer.bundle.BundleImporter;
import org.charterreviewer.bundle.Bundles;
import org.charterreviewer.bundle.VerifiedBundle;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bundle ...}: export, verify and import evidence bundles. */
@Command(name = "bundle", description = "Evidence bundles: one signed ZIP file carrying a review and its evidence.",
        subcommands = {BundleCommand.Export.class, BundleCommand.Verify.class, BundleCommand.Import.class})
public final class BundleCommand {

    @Command(name = "export", description = "Writes the evidence bundle of a review, signed with your identity.")
    public static final class Export extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REVIEW", description = "Review id or a unique start of it.")
        String review;
        @Option(names = "--revision", description = "Which revision (default: the latest).")
        Integer revision;
        @Option(names = "--out", required = true, paramLabel = "FILE.zip")
        Path out;
        @Option(names = "--redacted", description = "For the school and families: no internal notes, no voices without "
                + "consent to share, no internal evidence.")
        boolean redacted;
        @Option(names = "--certificate", paramLabel = "FILE.pdf", description = "The certificate PDF to include.")
        Path certificate;
        @Option(names = "--report", paramLabel = "FILE.pdf", description = "The report PDF to include.")
        Path report;

        public Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Bundles bundles = Bundles.of(workspace());
            java.util.UUID id = bundles.reviews().resolveId(review);
            Review chosen = revision == null ? bundles.reviews().latest(id) : bundles.reviews().revision(id, revision);
            SigningIdentity identity = workspace().identity().unlock(session.requirePassphrase());
            BundleExporter.Exported exported = bundles.exporter().export(chosen, redacted,
                    BundleAttachments.of(certificate, report), identity, out, ProgressMonitor.NONE);
            out().println(Messages.tr(redacted ? "bundle.cli.exportedRedacted" : "bundle.cli.exported", exported.file(),
                    exported.manifest().entries().size() + 2));
            return ExitCode.OK;
        }
    }

    @Command(name = "verify", description = {"Checks every entry's size and SHA-256, the manifest's signature and that "
        + "nothing is missing or added; says who signed it.", "Exit code 0 when intact, 1 otherwise."})
    public static final class Verify extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.zip")
        Path file;
        @Option(names = "--json", description = "Machine-readable output.")
        boolean json;

        public Verify(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            try {
                VerifiedBundle.Summary summary = Bundles.of(workspace()).verifier().verify(file, ProgressMonitor.NONE);
                if (json) {
                    printJson(summary);
                } else {
                    out().println(Messages.tr("bundle.cli.verified"));
                    out().println(Messages.tr(summary.ownIdentity() ? "bundle.cli.signedByYou" : "bundle.cli.signedBy",
                            summary.signedBy(), summary.signerCouncil()));
                    out().println(Messages.tr("bundle.cli.holds", summary.school(), summary.revision(),
                            summary.evidenceFiles(), summary.redacted() ? Messages.tr("bundle.cli.redacted") : ""));
                }
                return ExitCode.OK;
            } catch (BundleException e) {
                if (json) {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("ok", false);
                    fields.put("file", String.valueOf(file.getFileName()));
                    fields.put("problems", e.problems());
                    printJson(fields);
                }
                e.problems().forEach(err()::println);
                return ExitCode.INVALID;
            }
        }
    }

    @Command(name = "import", description = {"Verifies a bundle, then imports its review, evidence, school and "
        + "charter all at once, or nothing.", "Exit code 0 when imported or already present, 1 when refused."})
    public static final class Import extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "FILE.zip")
        Path file;

        public Import(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            try {
                BundleImporter.Imported imported = Bundles.of(workspace()).importer().importBundle(file,
                        ProgressMonitor.NONE);
                out().println(Messages.tr(imported.alreadyPresent() ? "bundle.cli.alreadyPresent" : "bundle.cli.imported",
                        imported.bundle().school(), imported.review().revision(), imported.bundle().signedBy(),
                        imported.bundle().signerCouncil()));
                return ExitCode.OK;
            } catch (BundleException e) {
                e.problems().forEach(err()::println);
                return ExitCode.INVALID;
            }
        }
    }

    private BundleCommand() {
    }
}
