package org.charterreviewer.protection;

/**
 * Told when the officer's passphrase has changed and the database already uses the new one, so
 * other secrets protected by the same passphrase (the signing key) can be re-protected. Both
 * arrays are wiped by the caller once every listener has returned: copy what must be kept.
 */
@FunctionalInterface
public interface PassphraseChangeListener {

    void passphraseChanged(char[] oldPassphrase, char[] newPassphrase);
}
