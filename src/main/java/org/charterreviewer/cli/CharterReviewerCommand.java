package org.charterreviewer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.charterreviewer.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * The root of the command line. With no command it opens the window; with one it runs headless
 * on the same services.
 */
@Command(name = "charter-reviewer",
        versionProvider = CharterReviewerCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Reviews schools against co-production charters and issues signed Charter Status certificates.",
            "With no command, opens the window."
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 invalid input or failed verification, 2 usage error,",
            "            3 data folder in use by another copy, 4 wrong passphrase."
        },
        subcommands = {
            StatusCommand.class,
            PassphraseCommand.class,
            BackupCommand.class,
            CharterCommand.class,
            IdentityCommand.class,
            CertificateCommand.class,
            SchoolCommand.class,
            ReviewCommand.class,
            EvidenceCommand.class,
            DemoCommand.class,
            ReportCommand.class,
            BundleCommand.class,
            DeleteCommand.class,
            RetentionCommand.class,
            TeamCommand.class
        })
public final class CharterReviewerCommand implements Callable<Integer> {

    private final CliSession session;
    private final GuiLauncher gui;

    public CharterReviewerCommand(CliSession session, GuiLauncher gui) {
        this.session = session;
        this.gui = gui;
    }

    // Every command answers -h/--help (officers try "school import-gias --help" before anything else).
    @Option(names = {"-h", "--help"}, usageHelp = true, scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Show the version and exit.")
    boolean version;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Data folder to use (default: CHARTER_REVIEWER_HOME, else the usual per-user folder).")
    void dataDir(Path dir) {
        session.dataDir(dir);
    }

    @Option(names = "--passphrase-file", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "File holding the data folder's passphrase (else CHARTER_REVIEWER_PASSPHRASE).")
    void passphraseFile(Path file) {
        session.passphraseFile(file);
    }

    @Override
    public Integer call() {
        return gui.launch(session.dataDir());
    }

    /** Picocli asks this for {@code --version}. */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {text()};
        }

        /** What {@code --version} prints, without picocli or logging (the launcher answers it alone). */
        public static String text() {
            return AppVersion.APP_NAME + " " + AppVersion.version();
        }

        /** True for exactly {@code --version} or {@code -V} and nothing else, which needs no parsing. */
        public static boolean isAlone(String[] args) {
            return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
        }
    }
}
