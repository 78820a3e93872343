package org.charterreviewer.storage;

import org.charterreviewer.i18n.Messages;

/** The passphrase given does not open this data folder. Nothing was changed. */
public class WrongPassphraseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException() {
        super(Messages.tr("storage.wrongPassphrase"));
    }
}
