package org.charterreviewer.storage;

import org.charterreviewer.i18n.Messages;

/** Another copy of Charter Reviewer already has this data folder open. */
public class DataFolderInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(DataFolder folder) {
        super(Messages.tr("storage.inUse", folder.root()));
    }
}
