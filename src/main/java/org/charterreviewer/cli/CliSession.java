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

    private final Function<WorkspaceOptions, Workspace> opener;
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

    /** The passphrase from {@code --passphrase-file}, if one was given (its last line break dropped). */
    public Optional<char[]> passphrase() {
        if (passphraseFile == null) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
            return Optional.of(text.stripTrailing().toCharArray());
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("cli.passphraseFileUnreadable", passphraseFile));
        }
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
