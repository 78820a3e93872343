package org.charterreviewer.storage;

import org.charterreviewer.i18n.Messages;

/** The passphrase given does not open this data folder. Nothing was changed. */
public class WrongPassphraseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException() {
        super(Messages.tr("storage.wrongPassphrase"));
    }

    /** For the cases with their own plain message, such as "this folder needs a passphrase". */
    protected WrongPassphraseException(String message) {
        super(message);
    }
}
