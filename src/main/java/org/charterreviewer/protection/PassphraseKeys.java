package org.charterreviewer.protection;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Derives the database's file password from the officer's passphrase with PBKDF2-HMAC-SHA256, so a
 * copied data folder can only be attacked by guessing passphrases at 210,000 hashes a guess.
 */
public final class PassphraseKeys {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PassphraseKeys() {
    }

    /** The 256-bit key as 64 hex characters; the caller wipes the array after use. */
    public static char[] derive(char[] passphrase, KeyFile keyFile) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, keyFile.saltBytes(), keyFile.iterations(), 256);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance(keyFile.kdf()).generateSecret(spec).getEncoded();
            char[] hex = new char[key.length * 2];
            for (int i = 0; i < key.length; i++) {
                hex[2 * i] = HEX[(key[i] >> 4) & 0xF];
                hex[2 * i + 1] = HEX[key[i] & 0xF];
            }
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime lacks " + keyFile.kdf(), e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** Overwrites a secret held in memory. */
    public static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
