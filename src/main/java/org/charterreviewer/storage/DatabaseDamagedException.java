package org.charterreviewer.storage;

import org.charterreviewer.i18n.Messages;

/**
 * The data folder's database file is damaged: missing, emptied, cut short, or unreadable in places.
 * Nothing was changed, and the file is never replaced by a new empty one; the window and the
 * command line offer the newest backup instead.
 */
public class DatabaseDamagedException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient DataFolder folder;

    public DatabaseDamagedException(DataFolder folder, String reason, Throwable cause) {
        super(Messages.tr("storage.damaged", folder.databaseFile(), reason), cause);
        this.folder = folder;
    }

    public DataFolder folder() {
        return folder;
    }
}
