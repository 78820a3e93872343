package org.charterreviewer.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.WrongPassphraseException;

/**
 * Keeps the signing identity in the data folder's {@code identity/} folder: the key and its
 * certificate chain in a passphrase-protected PKCS#12 file, the public certificate on its own (so
 * it can be shown without the passphrase), a small JSON profile and the council's logo.
 */
public final class IdentityStore {

    static final String KEY_STORE_FILE = "identity.p12";
    static final String CERTIFICATE_FILE = "certificate.cer";
    static final String PROFILE_FILE = "identity.json";
    static final String ALIAS = "signing";

    private final Path folder;
    private final ObjectMapper json;

    public IdentityStore(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    public Path folder() {
        return folder;
    }

    public boolean exists() {
        return Files.isRegularFile(folder.resolve(KEY_STORE_FILE)) && Files.isRegularFile(folder.resolve(PROFILE_FILE));
    }

    /**
     * Stores a new identity, replacing any earlier one. Each file is written beside its final name
     * and moved into place, so a failure never leaves a half-written key store.
     */
    public void save(IdentityProfile profile, PrivateKey key, List<X509Certificate> chain, char[] passphrase,
            Optional<byte[]> logo) {
        try {
            Files.createDirectories(folder);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, passphrase, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream p12 = new ByteArrayOutputStream();
            store.store(p12, passphrase);
            writeAtomically(KEY_STORE_FILE, p12.toByteArray());
            writeAtomically(CERTIFICATE_FILE, chain.get(0).getEncoded());
            for (String old : new String[] {"council-logo.png", "council-logo.jpg"}) {
                if (!old.equals(profile.logoFile())) {
                    Files.deleteIfExists(folder.resolve(old));
                }
            }
            if (logo.isPresent() && profile.logoFile() != null) {
                writeAtomically(profile.logoFile(), logo.get());
            }
            writeAtomically(PROFILE_FILE, json.writeValueAsBytes(profile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing identity to " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the key store", e);
        }
    }

    public IdentityProfile profile() {
        try {
            return json.readValue(folder.resolve(PROFILE_FILE).toFile(), IdentityProfile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the identity profile in " + folder, e);
        }
    }

    /** The officer's public certificate; needs no passphrase. */
    public X509Certificate certificate() {
        try {
            byte[] der = Files.readAllBytes(folder.resolve(CERTIFICATE_FILE));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the identity certificate in " + folder, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("The identity certificate in " + folder + " is damaged", e);
        }
    }

    public Optional<byte[]> logo() {
        String name = profile().logoFile();
        if (name == null || !Files.isRegularFile(folder.resolve(name))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the council logo in " + folder, e);
        }
    }

    /** Opens the key store; a wrong passphrase gives {@link WrongPassphraseException}. */
    public KeyMaterial unlock(char[] passphrase) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(folder.resolve(KEY_STORE_FILE))) {
                store.load(in, passphrase);
            }
            return KeyMaterial.from(store, passphrase);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("password")) {
                throw new WrongPassphraseException();
            }
            throw new UncheckedIOException("Cannot read the signing key in " + folder, e);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the signing key store", e);
        }
    }

    private void writeAtomically(String name, byte[] content) throws IOException {
        AtomicFileWriter.write(folder.resolve(name), content);
    }

    /** A private key and its chain, as found in a key store. */
    public record KeyMaterial(PrivateKey key, List<X509Certificate> chain) {

        /** The first key entry of {@code store}; its certificate chain comes with it. */
        static KeyMaterial from(KeyStore store, char[] password) throws GeneralSecurityException {
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    Certificate[] certificates = store.getCertificateChain(alias);
                    if (key != null && certificates != null) {
                        for (Certificate c : certificates) {
                            chain.add((X509Certificate) c);
                        }
                        return new KeyMaterial(key, chain);
                    }
                }
            }
            throw new KeyStoreWithoutKeyException();
        }

        @Override
        public String toString() {
            return "KeyMaterial[" + chain.size() + " certificates]";
        }
    }

    /** The key store holds no private key with a certificate. */
    static final class KeyStoreWithoutKeyException extends GeneralSecurityException {
        private static final long serialVersionUID = 1L;
    }
}
