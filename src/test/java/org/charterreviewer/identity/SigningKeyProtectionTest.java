package org.charterreviewer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.protection.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key's PKCS#12 file is no cheaper to guess the passphrase from than the database: its
 * key and certificates are AES-256 under PBKDF2 and its MAC uses at least the database's iteration
 * count. A key store from an earlier version (10,000 iterations) is upgraded when next unlocked.
 */
class SigningKeyProtectionTest {

    @TempDir
    Path dir;

    @Test
    void aNewKeyIsProtectedWithAes256AndAtLeastTheDatabasesIterations() throws Exception {
        service().create("Mair Jones", "Inclusion Lead", "Ceredigion", IdentityServiceTest.PASSPHRASE,
                Optional.empty(), false);
        byte[] p12 = Files.readAllBytes(keyStoreFile());

        assertStrong(p12);
    }

    @Test
    void aKeyFromAnEarlierVersionIsUpgradedWhenThePassphraseIsNextEntered() throws Exception {
        IdentityService service = service();
        service.create("Mair Jones", "Inclusion Lead", "Ceredigion", IdentityServiceTest.PASSPHRASE,
                Optional.empty(), false);
        SigningIdentity before = service.unlock(IdentityServiceTest.PASSPHRASE);
        Files.write(keyStoreFile(), weakKeyStore(before));
        assertThat(macIterations(Files.readAllBytes(keyStoreFile()))).isLessThan(KeyFile.ITERATIONS);

        SigningIdentity after = service.unlock(IdentityServiceTest.PASSPHRASE);

        assertThat(after.certificate()).isEqualTo(before.certificate());
        assertThat(after.privateKey().getEncoded()).isEqualTo(before.privateKey().getEncoded());
        assertStrong(Files.readAllBytes(keyStoreFile()));
    }

    private void assertStrong(byte[] p12) throws Exception {
        assertThat(macIterations(p12)).as("MAC iterations").isGreaterThanOrEqualTo(KeyFile.ITERATIONS);
        List<AlgorithmIdentifier> protections = new ArrayList<>();
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(p12);
        for (ContentInfo info : pfx.getContentInfos()) {
            if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                protections.add(EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm());
            } else {
                for (PKCS12SafeBag bag : new PKCS12SafeBagFactory(info).getSafeBags()) {
                    if (bag.getBagValue() instanceof PKCS8EncryptedPrivateKeyInfo key) {
                        protections.add(key.getEncryptionAlgorithm());
                    }
                }
            }
        }
        assertThat(protections).as("the key and the certificates are encrypted").hasSize(2);
        for (AlgorithmIdentifier protection : protections) {
            assertThat(protection.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
            PBES2Parameters pbes2 = PBES2Parameters.getInstance(protection.getParameters());
            ASN1ObjectIdentifier cipher = pbes2.getEncryptionScheme().getAlgorithm();
            assertThat(cipher).isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
            PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
            assertThat(kdf.getIterationCount().intValue()).isGreaterThanOrEqualTo(KeyFile.ITERATIONS);
        }
    }

    private static int macIterations(byte[] p12) {
        return Pfx.getInstance(p12).getMacData().getIterationCount().intValue();
    }

    /** The key store as earlier versions wrote it: the JDK's defaults, 10,000 iterations. */
    private static byte[] weakKeyStore(SigningIdentity identity) throws Exception {
        String[] names = {"keystore.pkcs12.macIterationCount", "keystore.pkcs12.certPbeIterationCount"};
        String[] kept = {System.getProperty(names[0]), System.getProperty(names[1])};
        try {
            System.setProperty(names[0], "10000");
            System.setProperty(names[1], "10000");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", identity.privateKey(), IdentityServiceTest.PASSPHRASE,
                    new java.security.cert.Certificate[] {identity.certificate()});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, IdentityServiceTest.PASSPHRASE);
            return out.toByteArray();
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (kept[i] == null) {
                    System.clearProperty(names[i]);
                } else {
                    System.setProperty(names[i], kept[i]);
                }
            }
        }
    }

    private Path keyStoreFile() {
        return dir.resolve("identity").resolve(IdentityStore.KEY_STORE_FILE);
    }

    private IdentityService service() {
        return new IdentityService(new IdentityStore(dir.resolve("identity"), JsonMapperFactory.create()),
                IdentityServiceTest.CLOCK);
    }
}
