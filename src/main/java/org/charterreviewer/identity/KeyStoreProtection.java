package org.charterreviewer.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import javax.crypto.spec.PBEParameterSpec;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * How the signing key's PKCS#12 file is protected: the key and the certificates encrypted with
 * AES-256 under a PBKDF2 (HMAC-SHA256) key, and the file's integrity MAC, each with at least as many
 * iterations as the database key ({@value #ITERATIONS}). The JDK's defaults use 10,000, which would
 * make the key file the cheaper target for guessing the passphrase that also opens the database.
 */
final class KeyStoreProtection {

    /** The database key's PBKDF2 count (KeyFile.ITERATIONS); never fewer. */
    static final int ITERATIONS = 210_000;
    static final String ALGORITHM = "PBEWithHmacSHA256AndAES_256";

    static {
        // The JDK reads the certificates' and the MAC's protection from these properties when a new
        // key store is written; the key entry's own protection is given with the entry below.
        System.setProperty("keystore.pkcs12.certProtectionAlgorithm", ALGORITHM);
        System.setProperty("keystore.pkcs12.certPbeIterationCount", Integer.toString(ITERATIONS));
        System.setProperty("keystore.pkcs12.macAlgorithm", "HmacPBESHA256");
        System.setProperty("keystore.pkcs12.macIterationCount", Integer.toString(ITERATIONS));
    }

    private KeyStoreProtection() {
    }

    /** A new PKCS#12 file holding {@code key} and its chain under {@code passphrase}. */
    static byte[] protect(PrivateKey key, Certificate[] chain, String alias, char[] passphrase)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        store.setEntry(alias, new KeyStore.PrivateKeyEntry(key, chain),
                new KeyStore.PasswordProtection(passphrase, ALGORITHM, new PBEParameterSpec(salt, ITERATIONS)));
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        store.store(p12, passphrase);
        return p12.toByteArray();
    }

    /** True when the file's MAC uses at least {@value #ITERATIONS} iterations (earlier versions used 10,000). */
    static boolean isStrong(byte[] p12) {
        try {
            MacData mac = Pfx.getInstance(p12).getMacData();
            return mac != null && mac.getIterationCount().compareTo(BigInteger.valueOf(ITERATIONS)) >= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
