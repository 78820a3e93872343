package org.charterreviewer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.DatabaseEncryption;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.protection.PassphraseNeededException;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * What one run of the command line shares between its commands: the global options and the
 * workspace, opened only when a command first needs it and closed when the run ends.
 */
public final class CliSession implements AutoCloseable {

    /** The environment variable that may hold the passphrase (a file is safer on shared machines). */
    public static final String PASSPHRASE_VARIABLE = "CHARTER_REVIEWER_PASSPHRASE";

    private final Function<WorkspaceOptions, Workspace> opener;
    private final Map<String, String> environment;
    private final PrintWriter err;
    private Path dataDir;
    private Path passphraseFile;
    private Path warnedAbout;
    private Workspace workspace;

    public CliSession(Function<WorkspaceOptions, Workspace> opener) {
        this(opener, System.getenv());
    }

    public CliSession(Function<WorkspaceOptions, Workspace> opener, Map<String, String> environment) {
        this(opener, environment, new PrintWriter(Writer.nullWriter()));
    }

    /** {@code err} receives warnings, such as a passphrase file that others can read. */
    public CliSession(Function<WorkspaceOptions, Workspace> opener, Map<String, String> environment, PrintWriter err) {
        this.opener = opener;
        this.environment = Map.copyOf(environment);
        this.err = err;
    }

    void dataDir(Path dir) {
        this.dataDir = dir;
    }

    void passphraseFile(Path file) {
        this.passphraseFile = file;
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /**
     * The passphrase from {@code --passphrase-file} (its last line break dropped), else from the
     * environment variable {@value #PASSPHRASE_VARIABLE}; empty if neither was given.
     */
    public Optional<char[]> passphrase() {
        if (passphraseFile == null) {
            String fromEnvironment = environment.get(PASSPHRASE_VARIABLE);
            return fromEnvironment == null || fromEnvironment.isEmpty()
                    ? Optional.empty()
                    : Optional.of(fromEnvironment.toCharArray());
        }
        warnIfOthersCanRead(passphraseFile);
        return Optional.of(readPassphraseFile(passphraseFile));
    }

    /** A passphrase file others can read gives the data away to them: said once, on stderr. */
    private void warnIfOthersCanRead(Path file) {
        if (warnedAbout != null && warnedAbout.equals(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                err.println(Messages.tr("cli.passphraseFileReadable", file));
                err.flush();
                warnedAbout = file;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system (Windows), or unreadable: reading it says so.
        }
    }

    /** Reads a passphrase file given to a command, warning first if others can read it. */
    public char[] readGivenPassphraseFile(Path file) {
        warnIfOthersCanRead(file);
        return readPassphraseFile(file);
    }

    /** Reads a passphrase file, dropping the line break at its end. */
    public static char[] readPassphraseFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.stripTrailing().toCharArray();
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("cli.passphraseFileUnreadable", file));
        }
    }

    /** The passphrase, or a plain refusal (exit 4) naming the two ways to give one. */
    public char[] requirePassphrase() {
        return passphrase().orElseThrow(() -> new PassphraseNeededException(
                Messages.tr(DatabaseEncryption.state(folder()) == DatabaseState.ENCRYPTED
                        ? "cli.passphraseNeeded" : "cli.passphraseNeededToEncrypt")));
    }

    /** The data folder this run works on. */
    public DataFolder folder() {
        return DataFolder.resolve(dataDir());
    }

    /**
     * The workspace of the chosen data folder, opened on first use. The command line always
     * encrypts: with no passphrase it refuses, after checking no other copy holds the folder.
     */
    public Workspace workspace() {
        if (workspace == null) {
            Optional<char[]> passphrase = passphrase();
            if (passphrase.isEmpty()) {
                try (InstanceLock check = InstanceLock.acquire(folder())) {
                    requirePassphrase();
                }
            }
            try {
                workspace = opener.apply(new WorkspaceOptions(dataDir(), passphrase, java.time.Clock.systemUTC()));
            } finally {
                passphrase.ifPresent(PassphraseKeys::wipe);
            }
        }
        return workspace;
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
