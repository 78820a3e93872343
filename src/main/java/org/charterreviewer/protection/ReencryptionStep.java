package org.charterreviewer.protection;

/**
 * The steps of re-encrypting the database file. Tests pass a hook that fails at one of them to show
 * that a crash there leaves a usable file.
 */
public enum ReencryptionStep {
    /** A working copy of the file exists; the original is untouched. */
    COPIED,
    /** The copy is encrypted with the new key. */
    ENCRYPTED,
    /** The copy opens with the new key and holds the same rows as the original. */
    VERIFIED,
    /**
     * Passphrase change only: other secrets under the passphrase (the signing key) are written,
     * protected by the new one, beside those in use; nothing in use has changed.
     */
    SECRETS_PREPARED,
    /** The copy has replaced the original. */
    SWAPPED,
    /** Passphrase change only: the prepared secrets have replaced the old ones. */
    SECRETS_MOVED;

    /** Called as each step is reached; the app's is a no-op. */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = step -> { };

        void reached(ReencryptionStep step);
    }
}
