package org.charterreviewer.protection;

import org.charterreviewer.storage.WrongPassphraseException;

/** No passphrase was given for a data folder that needs one; the message says how to give it. */
public final class PassphraseNeededException extends WrongPassphraseException {

    private static final long serialVersionUID = 1L;

    public PassphraseNeededException(String message) {
        super(message);
    }
}
