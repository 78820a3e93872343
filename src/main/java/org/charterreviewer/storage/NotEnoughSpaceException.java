package org.charterreviewer.storage;

import org.charterreviewer.i18n.Messages;

/** The disk holding the data folder has too little free space for the work asked; nothing was changed. */
public class NotEnoughSpaceException extends StorageException {

    private static final long serialVersionUID = 1L;

    public NotEnoughSpaceException(String messageKey, DataFolder folder, long neededBytes, long freeBytes) {
        super(Messages.tr(messageKey, folder.root(), megabytes(neededBytes), megabytes(freeBytes)), null);
    }

    /** Rounded up, so "needs 1 MB" is never said of 1.4 MB. */
    static String megabytes(long bytes) {
        return Long.toString((Math.max(0, bytes) + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
    }
}
