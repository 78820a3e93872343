package org.charterreviewer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/**
 * What one run of the command line shares between its commands: the global options and the
 * workspace, opened only when a command first needs it and closed when the run ends.
 */
public final class CliSession implements AutoCloseable {

    /** The environment variable that may hold the passphrase instead of {@code --passphrase-file}. */
    public static final String PASSPHRASE_VARIABLE = "CHARTER_REVIEWER_PASSPHRASE";

    private final Function<WorkspaceOptions, Workspace> opener;
    private Function<String, String> environment = System::getenv;
    private Path dataDir;
    private Path passphraseFile;
    private Workspace workspace;

    public CliSession(Function<WorkspaceOptions, Workspace> opener) {
        this.opener = opener;
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

    /** Lets tests stand in for the process environment. */
    void environment(Function<String, String> lookup) {
        this.environment = lookup;
    }

    /**
     * The passphrase from {@code --passphrase-file} (its last line break dropped), else from the
     * environment variable {@value #PASSPHRASE_VARIABLE}, if either was given.
     */
    public Optional<char[]> passphrase() {
        if (passphraseFile == null) {
            String fromEnvironment = environment.apply(PASSPHRASE_VARIABLE);
            return fromEnvironment == null || fromEnvironment.isEmpty()
                    ? Optional.empty() : Optional.of(fromEnvironment.toCharArray());
        }
        try {
            String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
            return Optional.of(text.stripTrailing().toCharArray());
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("cli.passphraseFileUnreadable", passphraseFile));
        }
    }

    /** The passphrase, or a plain message saying how to give one. */
    public char[] requirePassphrase() {
        return passphrase().orElseThrow(() -> new InvalidInputException(
                Messages.tr("cli.passphraseMissing", PASSPHRASE_VARIABLE)));
    }

    /** The workspace of the chosen data folder, opened on first use. */
    public Workspace workspace() {
        if (workspace == null) {
            workspace = opener.apply(new WorkspaceOptions(dataDir(), Optional.empty(),
                    java.time.Clock.systemUTC()));
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
