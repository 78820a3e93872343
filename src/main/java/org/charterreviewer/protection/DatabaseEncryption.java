package org.charterreviewer.protection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.DatabaseCheck;
import org.charterreviewer.storage.OwnerOnlyFiles;
import org.charterreviewer.storage.StorageException;
import org.charterreviewer.storage.WrongPassphraseException;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest of a data folder's database: turns the officer's passphrase into the file key,
 * encrypts a plain file from an earlier version once, and re-encrypts for a new passphrase or a
 * restored backup. Every re-encryption works on a copy, checks the copy opens and holds the same
 * rows, and only then moves it over the original in one step: a crash at any moment leaves either
 * the old file or the new one, never neither. Callers hold the folder's lock with the database closed.
 */
public final class DatabaseEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEncryption.class);
    static final String WORK_FOLDER = ".reencrypt";
    private static final String USER = "CHARTER";

    private final ReencryptionStep.Hook hook;
    private final List<PassphraseChangeListener> listeners = new ArrayList<>();

    public DatabaseEncryption(ReencryptionStep.Hook hook) {
        // Crash tests stop a child process at a named step; the hook serves tests in this process.
        this.hook = step -> {
            CrashPoints.reached(CrashPoints.REENCRYPT_PREFIX + step.name());
            hook.reached(step);
        };
    }

    public static DatabaseEncryption standard() {
        return new DatabaseEncryption(ReencryptionStep.Hook.NONE);
    }

    /** Joins the passphrase change, e.g. the identity store re-protecting the signing key. */
    public DatabaseEncryption addListener(PassphraseChangeListener listener) {
        listeners.add(listener);
        return this;
    }

    public static DatabaseState state(DataFolder folder) {
        return DatabaseState.of(folder.databaseFile());
    }

    /**
     * The file key for opening {@code folder} with {@code passphrase}. On a first start the key file
     * is created; a plain file from an earlier version is encrypted first. A wrong passphrase is
     * found when the database is opened with the key. The caller wipes the returned key.
     */
    public char[] unlock(DataFolder folder, char[] passphrase) {
        folder.create();
        DatabaseState state = state(folder);
        KeyFile keyFile = state == DatabaseState.ENCRYPTED
                ? KeyFile.read(folder.root())
                : KeyFile.readOrCreate(folder.root());
        char[] key = PassphraseKeys.derive(passphrase, keyFile);
        if (state == DatabaseState.PLAIN) {
            LOG.info("Encrypting the data folder's database (first passphrase set)");
            reencrypt(folder.databaseFile(), null, key, folder.databaseFile(), folder.root());
        }
        return key;
    }

    /** Re-encrypts the database for a new passphrase after checking the old one opens it. */
    public void changePassphrase(DataFolder folder, char[] oldPassphrase, char[] newPassphrase) {
        PassphrasePolicy.requireAcceptable(newPassphrase);
        if (state(folder) != DatabaseState.ENCRYPTED) {
            throw new PassphraseNeededException(Messages.tr("protection.notEncryptedYet"));
        }
        KeyFile keyFile = KeyFile.read(folder.root());
        char[] oldKey = PassphraseKeys.derive(oldPassphrase, keyFile);
        char[] newKey = PassphraseKeys.derive(newPassphrase, keyFile);
        try {
            // The other secrets are prepared beside the ones in use before the database swap and moved
            // into place after it: until the swap the old passphrase opens everything, after it the
            // next opening with the new one finishes any move a crash left undone.
            List<Runnable> moves = new ArrayList<>();
            reencrypt(folder.databaseFile(), oldKey, newKey, folder.databaseFile(), folder.root(), () -> {
                for (PassphraseChangeListener listener : listeners) {
                    moves.add(listener.prepare(oldPassphrase, newPassphrase));
                }
                hook.reached(ReencryptionStep.SECRETS_PREPARED);
            });
            for (Runnable move : moves) {
                move.run();
            }
            hook.reached(ReencryptionStep.SECRETS_MOVED);
            LOG.info("Passphrase changed");
        } finally {
            PassphraseKeys.wipe(oldKey);
            PassphraseKeys.wipe(newKey);
        }
    }

    /**
     * Puts an encrypted (or, with {@code sourceKey} null, plain) database file, re-encrypted with
     * {@code targetKey}, at {@code target}, through a checked copy in a work folder under {@code workRoot}.
     */
    void reencrypt(Path source, char[] sourceKey, char[] targetKey, Path target, Path workRoot) {
        reencrypt(source, sourceKey, targetKey, target, workRoot, () -> { });
    }

    /** As above, running {@code beforeSwap} once the copy is checked and before it replaces {@code target}. */
    private void reencrypt(Path source, char[] sourceKey, char[] targetKey, Path target, Path workRoot,
            Runnable beforeSwap) {
        Path work = workRoot.resolve(WORK_FOLDER);
        try {
            deleteTree(work);
            OwnerOnlyFiles.createFolder(work);
            // Only the copy is ever opened: the original's bytes stay exactly as they were until the swap.
            Path copy = DataFolder.at(work).databaseFile();
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnlyFiles.restrict(copy);
            Map<String, Long> before = rowCounts(copy, sourceKey, sourceKey);
            hook.reached(ReencryptionStep.COPIED);
            // H2 overwrites the key arrays it is given, so it gets copies.
            ChangeFileEncryption.execute(work.toString(), baseName(copy), "AES",
                    sourceKey == null ? null : sourceKey.clone(), targetKey.clone(), true);
            setUserPassword(copy, targetKey, sourceKey);
            hook.reached(ReencryptionStep.ENCRYPTED);
            Map<String, Long> after = rowCounts(copy, targetKey, targetKey);
            if (!before.equals(after)) {
                throw new StorageException(Messages.tr("protection.copyDiffers"), null);
            }
            hook.reached(ReencryptionStep.VERIFIED);
            beforeSwap.run();
            // The file is replaced on purpose: its check record would call the new one damaged.
            DatabaseCheck.forget(DataFolder.at(target.getParent()));
            AtomicFileWriter.moveIntoPlace(copy, target);
            OwnerOnlyFiles.restrict(target);
            hook.reached(ReencryptionStep.SWAPPED);
            deleteTree(work);
        } catch (IOException | SQLException e) {
            throw translate(e);
        }
    }

    /** The copy keeps the old user password inside it; the app opens with the key for both. */
    private static void setUserPassword(Path file, char[] fileKey, char[] oldUserPassword) throws SQLException {
        try (Connection connection = connect(file, fileKey, oldUserPassword);
                Statement statement = connection.createStatement()) {
            // The key is hex, so it needs no escaping inside the quotes.
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + new String(fileKey) + "'");
        }
    }

    /** Rows in every table of the file, to check a copy holds what the original held. */
    static Map<String, Long> rowCounts(Path file, char[] fileKey, char[] userPassword) throws SQLException {
        try (Connection connection = connect(file, fileKey, userPassword)) {
            return DatabaseCheck.rowsPerTable(connection);
        }
    }

    /** Opens a database file directly (not through Flyway), for checking and re-keying copies. */
    static Connection connect(Path file, char[] fileKey, char[] userPassword) throws SQLException {
        DataFolder folder = DataFolder.at(file.getParent());
        if (!folder.databaseFile().equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("Not a data folder's database file: " + file);
        }
        String url = Database.jdbcUrl(folder, fileKey != null) + ";IFEXISTS=TRUE";
        Properties properties = new Properties();
        properties.put("user", USER);
        char[] password = h2Password(fileKey, userPassword);
        properties.put("password", password);
        try {
            return DriverManager.getConnection(url, properties);
        } finally {
            PassphraseKeys.wipe(password);
        }
    }

    private static char[] h2Password(char[] fileKey, char[] userPassword) {
        char[] user = userPassword == null ? new char[0] : userPassword;
        if (fileKey == null) {
            return user.clone();
        }
        char[] combined = new char[fileKey.length + 1 + user.length];
        System.arraycopy(fileKey, 0, combined, 0, fileKey.length);
        combined[fileKey.length] = ' ';
        System.arraycopy(user, 0, combined, fileKey.length + 1, user.length);
        return combined;
    }

    private static String baseName(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return name.substring(0, name.length() - ".mv.db".length());
    }

    static RuntimeException translate(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case 90049, 28000:
                        return new WrongPassphraseException();
                    case 90020:
                        return new StorageException(Messages.tr("protection.fileInUse"), e);
                    default:
                        break;
                }
            }
        }
        LOG.warn("Re-encryption failed; the original file is unchanged", RedactedFailure.of(e));
        return new StorageException(Messages.tr("protection.reencryptFailed"), e);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
