package org.charterreviewer.cli;

import java.nio.file.Path;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code passphrase} commands: changing the passphrase that encrypts the data folder. */
@Command(name = "passphrase", description = "Manages the passphrase that encrypts the data folder.",
        subcommands = {PassphraseCommand.Change.class})
public final class PassphraseCommand {

    /** Re-encrypts the database for a new passphrase; the old one comes from the usual sources. */
    @Command(name = "change", description = {
        "Changes the passphrase.",
        "The current one comes from --passphrase-file or CHARTER_REVIEWER_PASSPHRASE, the new one from",
        "--new-passphrase-file. If this is interrupted, the old passphrase still works."})
    public static final class Change extends WorkspaceCommand {

        @Option(names = "--new-passphrase-file", paramLabel = "FILE", required = true,
                description = "File holding the new passphrase (at least 10 characters).")
        Path newPassphraseFile;

        public Change(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            // The database must be closed while its file is re-encrypted: hold the lock, never open it.
            try (InstanceLock lock = InstanceLock.acquire(session.folder())) {
                char[] oldPassphrase = session.requirePassphrase();
                char[] newPassphrase = session.readGivenPassphraseFile(newPassphraseFile);
                try {
                    // The signing key moves to the new passphrase with the database.
                    Workspace.encryption(session.folder()).changePassphrase(session.folder(), oldPassphrase,
                            newPassphrase);
                } finally {
                    PassphraseKeys.wipe(oldPassphrase);
                    PassphraseKeys.wipe(newPassphrase);
                }
            }
            out().println(Messages.tr("cli.passphrase.changed"));
            return ExitCode.OK;
        }
    }
}
