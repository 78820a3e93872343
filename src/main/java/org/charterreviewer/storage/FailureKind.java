package org.charterreviewer.storage;

import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What kind of trouble lies under a failure, read from its causes: a full disk, a folder that cannot
 * be written, a damaged database file, or something else. The messages of the causes are read here
 * only to recognise the operating system's wording; they are never shown or logged (they may quote
 * personal data), but the kind is, so the log says "no space left" without saying what was written.
 */
public enum FailureKind {
    NO_SPACE("no space left"),
    READ_ONLY("folder not writable"),
    DAMAGED("database file damaged"),
    OTHER("other");

    /** H2's "File corrupted while reading record". */
    private static final int H2_FILE_CORRUPTED = 90030;
    /** H2's "The database is read only". */
    private static final int H2_READ_ONLY = 90097;
    private static final int MAX_CAUSES = 20;

    private final String description;

    FailureKind(String description) {
        this.description = description;
    }

    /** A few words for the log. */
    public String description() {
        return description;
    }

    public static FailureKind of(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full") || message.contains("disk quota exceeded")) {
                return NO_SPACE;
            }
            if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || t instanceof SQLException sql && sql.getErrorCode() == H2_READ_ONLY) {
                return READ_ONLY;
            }
            if (t instanceof DatabaseDamagedException
                    || t instanceof SQLException sql && sql.getErrorCode() == H2_FILE_CORRUPTED
                    || t.getClass().getName().equals("org.h2.mvstore.MVStoreException") && message.contains("corrupt")) {
                return DAMAGED;
            }
        }
        return OTHER;
    }
}
