package org.charterreviewer.storage;

import java.sql.SQLException;
import org.charterreviewer.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** H2's errors on opening the laptop's file, turned into exceptions that carry a plain message. */
final class H2Failures {

    private static final Logger LOG = LoggerFactory.getLogger(H2Failures.class);

    /** H2's error codes that have a plain meaning for the user. */
    static final int ERROR_FILE_IN_USE = 90020;
    static final int ERROR_ENCRYPTION = 90049;
    static final int ERROR_FILE_CORRUPTED = 90030;
    static final int ERROR_WRONG_USER_OR_PASSWORD = 28000;

    /** Turns H2's errors on opening into exceptions that carry a plain message. */
    static RuntimeException translate(Exception e, DataFolder folder, char[] key) {
        if (e instanceof DatabaseDamagedException damaged) {
            return damaged;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case ERROR_FILE_IN_USE:
                        return new DataFolderInUseException(folder);
                    case ERROR_ENCRYPTION:
                    case ERROR_WRONG_USER_OR_PASSWORD:
                        // H2 says the same of a wrong key and of a damaged encrypted file; the key's
                        // check value, recorded at the last opening, tells them apart.
                        if (key != null && DatabaseCheck.keyMatches(folder, key).orElse(false)) {
                            LOG.error("The database did not open with the right key (H2 error {})", sql.getErrorCode());
                            return new DatabaseDamagedException(folder, Messages.tr("storage.damaged.unreadable"), e);
                        }
                        LOG.warn("The database did not open (H2 error {}); telling the user the passphrase is wrong",
                                sql.getErrorCode());
                        return new WrongPassphraseException();
                    case ERROR_FILE_CORRUPTED:
                        if (key == null && DatabaseCheck.looksEncrypted(folder.databaseFile())) {
                            // An encrypted file opened without its key: not damage, a missing passphrase.
                            return new StorageException(Messages.tr("storage.unreadable", folder.databaseFile()), e);
                        }
                        LOG.error("The database file is damaged (H2 error {})", sql.getErrorCode());
                        return new DatabaseDamagedException(folder, Messages.tr("storage.damaged.unreadable"), e);
                    default:
                        break;
                }
            }
        }
        FailureKind kind = FailureKind.of(e);
        LOG.error("The database did not open ({})", kind.description());
        if (kind == FailureKind.DAMAGED) {
            return new DatabaseDamagedException(folder, Messages.tr("storage.damaged.unreadable"), e);
        }
        if (kind == FailureKind.READ_ONLY) {
            return new StorageException(Messages.tr("storage.readOnly", folder.root()), e);
        }
        if (kind == FailureKind.NO_SPACE) {
            return new StorageException(Messages.tr("storage.noSpace", folder.root()), e);
        }
        return new StorageException(
                Messages.tr("storage.cannotOpen", folder.databaseFile()), e);
    }

    private H2Failures() {
    }
}
