package org.charterreviewer.protection;

/**
 * Joins a passphrase change for another secret protected by the same passphrase (the signing key),
 * in two steps around the database swap so that a crash at any moment leaves something usable.
 * Both arrays are wiped by the caller once it returns: copy what must be kept.
 */
@FunctionalInterface
public interface PassphraseChangeListener {

    /**
     * Called once the re-encrypted database copy is checked (so {@code oldPassphrase} is proven) and
     * before it replaces the original. Writes the secret, protected by {@code newPassphrase}, beside
     * the one in use without changing anything in use, and returns the step that moves it into place
     * in one atomic move; that step runs right after the database swap. If the process dies between
     * the swap and that step, the next opening with the new passphrase must finish the move; if it
     * dies before the swap, the next opening with the old passphrase must discard the prepared file.
     */
    Runnable prepare(char[] oldPassphrase, char[] newPassphrase);
}
