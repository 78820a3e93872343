package org.charterreviewer.workspace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.IdentityStore;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.protection.DatabaseEncryption;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.protection.KeyFile;
import org.charterreviewer.protection.LeftoverCopies;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.protection.PassphraseNeededException;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.protection.ReencryptionStep;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DataTempFolder;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.DatabaseCheck;
import org.charterreviewer.storage.InstanceLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps between a data folder on disk and an open database, in the order that keeps the data
 * safe: the lock against a second copy, clearing what a crash left, the integrity check, the key
 * derived from the passphrase, and finishing a passphrase change cut short. Kept apart from
 * {@link Workspace}, which wires services onto the database these steps open.
 */
final class DataFolderOpening {

    private static final Logger LOG = LoggerFactory.getLogger(DataFolderOpening.class);

    /** An opened data folder: its lock is held until the workspace closes. */
    record Opened(DataFolder folder, InstanceLock lock, Database database, boolean firstStart, byte[] keyHash) {
    }

    private DataFolderOpening() {
    }

    /**
     * Locks, checks and opens the folder of {@code options}. On failure the lock is released and
     * nothing was changed; the exceptions carry plain messages.
     */
    static Opened open(WorkspaceOptions options) {
        DataFolder folder = DataFolder.resolve(options.dataDir()).create();
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            LeftoverCopies.clear(folder);
            // A crash may have left an unpacked bundle there; holding the lock, nothing else is using it.
            new DataTempFolder(folder).removeLeftovers();
            // Before anything can take an emptied or cut file for a new one (and encrypt or replace it).
            DatabaseCheck.requireIntact(folder);
            boolean firstStart = folder.isNew();
            byte[][] keyHash = new byte[1][];
            Database database = openDatabase(folder, options.passphrase(), keyHash);
            options.passphrase().ifPresent(passphrase -> finishPassphraseChange(folder, passphrase));
            return new Opened(folder, lock, database, firstStart, keyHash[0]);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * With a passphrase the file is encrypted with a key derived from it (a plain file from an earlier
     * version is encrypted first). Without one only an unencrypted file opens: the window and the
     * command line always give a passphrase; only tests of logic open folders without one.
     */
    private static Database openDatabase(DataFolder folder, Optional<char[]> passphrase, byte[][] keyHash) {
        if (passphrase.isEmpty()) {
            if (DatabaseEncryption.state(folder) == DatabaseState.ENCRYPTED) {
                throw new PassphraseNeededException(Messages.tr("protection.passphraseNeeded"));
            }
            return Database.open(folder, Optional.empty());
        }
        long start = System.nanoTime();
        char[] key = DatabaseEncryption.standard().unlock(folder, passphrase.get());
        long derived = System.nanoTime();
        try {
            Database database = Database.open(folder, Optional.of(key));
            keyHash[0] = keyHash(key);
            // The two costs the encryption sets (docs/PERFORMANCE.md); benchmarks/run.sh reads this line.
            LOG.info("Key derived from the passphrase in {} ms, database opened in {} ms",
                    (derived - start) / 1_000_000, (System.nanoTime() - derived) / 1_000_000);
            return database;
        } finally {
            PassphraseKeys.wipe(key);
        }
    }

    /** See {@link Workspace#encryption(DataFolder, ReencryptionStep.Hook)}. */
    static DatabaseEncryption encryption(DataFolder folder, ReencryptionStep.Hook hook) {
        return new DatabaseEncryption(hook).addListener(identityStore(folder)::prepareNewPassphrase);
    }

    private static IdentityStore identityStore(DataFolder folder) {
        return new IdentityStore(folder.identityFolder(), JsonMapperFactory::create);
    }

    /**
     * A passphrase change cut short may have left the signing key ready beside the one in use; now
     * that {@code passphrase} has opened the database, it decides whether that key is finished or
     * discarded. A failure here must not keep the officer out of the data: it is logged.
     */
    private static void finishPassphraseChange(DataFolder folder, char[] passphrase) {
        try {
            identityStore(folder).finishPassphraseChange(passphrase);
        } catch (RuntimeException e) {
            LOG.warn("Cannot finish an interrupted passphrase change of the signing key", RedactedFailure.of(e));
        }
    }

    /** Whether {@code passphrase} derives the key whose hash is {@code keyHash}; takes a key derivation. */
    static boolean opensWith(DataFolder folder, byte[] keyHash, char[] passphrase) {
        char[] key = PassphraseKeys.derive(passphrase, KeyFile.read(folder.root()));
        try {
            return MessageDigest.isEqual(keyHash, keyHash(key));
        } finally {
            PassphraseKeys.wipe(key);
        }
    }

    /** Only a hash of the derived key is kept, to recognise the passphrase again. */
    private static byte[] keyHash(char[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (char c : key) {
                digest.update((byte) (c >> 8));
                digest.update((byte) c);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
