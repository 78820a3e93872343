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
import java.util.function.Supplier;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.OwnerOnlyFiles;
import org.charterreviewer.storage.WrongPassphraseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signing identity in the data folder's {@code identity/} folder: the key and its
 * certificate chain in a passphrase-protected PKCS#12 file, the public certificate on its own (so
 * it can be shown without the passphrase), a small JSON profile and the council's logo.
 */
public final class IdentityStore {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStore.class);

    static final String KEY_STORE_FILE = "identity.p12";
    /** The key store re-protected for a new passphrase, waiting to replace {@link #KEY_STORE_FILE}. */
    static final String PENDING_KEY_STORE_FILE = KEY_STORE_FILE + ".new";
    static final String CERTIFICATE_FILE = "certificate.cer";
    static final String PROFILE_FILE = "identity.json";
    static final String ALIAS = "signing";

    private final Path folder;
    /** Only the profile (identity.json) needs it; opening a data folder checks the key store without it. */
    private final Supplier<ObjectMapper> json;

    public IdentityStore(Path folder, ObjectMapper json) {
        this(folder, () -> json);
    }

    /** With the mapper built only if the profile is read or written (the app's mapper takes 0.2-0.4 s to load). */
    public IdentityStore(Path folder, Supplier<ObjectMapper> json) {
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
            OwnerOnlyFiles.createFolder(folder);
            // A key store left from an interrupted passphrase change belongs to the identity being replaced.
            Files.deleteIfExists(folder.resolve(PENDING_KEY_STORE_FILE));
            writeAtomically(KEY_STORE_FILE, keyStoreBytes(key, chain, passphrase));
            writeAtomically(CERTIFICATE_FILE, chain.get(0).getEncoded());
            for (String old : new String[] {"council-logo.png", "council-logo.jpg"}) {
                if (!old.equals(profile.logoFile())) {
                    Files.deleteIfExists(folder.resolve(old));
                }
            }
            if (logo.isPresent() && profile.logoFile() != null) {
                writeAtomically(profile.logoFile(), logo.get());
            }
            writeAtomically(PROFILE_FILE, json.get().writeValueAsBytes(profile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing identity to " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the key store", e);
        }
    }

    public IdentityProfile profile() {
        try {
            return json.get().readValue(folder.resolve(PROFILE_FILE).toFile(), IdentityProfile.class);
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

    private static byte[] keyStoreBytes(PrivateKey key, List<X509Certificate> chain, char[] passphrase)
            throws GeneralSecurityException, IOException {
        return KeyStoreProtection.protect(key, chain.toArray(new Certificate[0]), ALIAS, passphrase);
    }

    /**
     * First step of a passphrase change: writes the key, protected by {@code newPassphrase}, to
     * {@value #PENDING_KEY_STORE_FILE} beside the key store in use (which stays as it is), checks it
     * opens, and returns the second step, which moves it over the key store in one atomic move. The
     * database is swapped between the two steps; {@link #finishPassphraseChange} copes with a crash
     * at any point. With no identity, or a key kept under another passphrase, there is nothing to do.
     */
    public Runnable prepareNewPassphrase(char[] oldPassphrase, char[] newPassphrase) {
        // The database opens with oldPassphrase: an earlier change that stopped after its swap is finished first.
        finishPassphraseChange(oldPassphrase);
        Path pending = folder.resolve(PENDING_KEY_STORE_FILE);
        if (!Files.isRegularFile(folder.resolve(KEY_STORE_FILE))) {
            return () -> { };
        }
        KeyMaterial material;
        try {
            material = unlock(oldPassphrase);
        } catch (WrongPassphraseException e) {
            LOG.warn("The signing key is kept under a passphrase other than the data folder's; it is left as it is");
            return () -> { };
        }
        try {
            AtomicFileWriter.write(pending, keyStoreBytes(material.key(), material.chain(), newPassphrase));
            open(pending, newPassphrase);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the re-protected signing key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the key store", e);
        }
        return () -> {
            try {
                AtomicFileWriter.moveIntoPlace(pending, folder.resolve(KEY_STORE_FILE));
                LOG.info("Signing key re-protected with the new passphrase");
            } catch (IOException e) {
                // The database already uses the new passphrase: the next opening moves the file.
                throw new UncheckedIOException("Cannot move the re-protected signing key into place in " + folder, e);
            }
        };
    }

    /**
     * Finishes or undoes a passphrase change that was interrupted, given the passphrase that has just
     * opened the database: a waiting key store that opens with it was prepared for the database as it
     * is now (the crash came after the swap) and is moved into place; one that does not was prepared
     * for a change that never reached the swap and is deleted. The key store in use is only ever
     * replaced by a complete, checked file.
     */
    public void finishPassphraseChange(char[] passphrase) {
        Path pending = folder.resolve(PENDING_KEY_STORE_FILE);
        deleteHalfWrittenPendingFiles();
        if (!Files.exists(pending)) {
            return;
        }
        try {
            try {
                open(pending, passphrase);
            } catch (WrongPassphraseException e) {
                Files.delete(pending);
                LOG.info("Discarded a signing key prepared for a passphrase change that did not happen");
                return;
            }
            AtomicFileWriter.moveIntoPlace(pending, folder.resolve(KEY_STORE_FILE));
            LOG.info("Finished re-protecting the signing key after an interrupted passphrase change");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the interrupted passphrase change in " + folder, e);
        }
    }

    /** A crash while the pending key store was written leaves only AtomicFileWriter's temporary file. */
    private void deleteHalfWrittenPendingFiles() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder, "." + PENDING_KEY_STORE_FILE + ".*.part")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove a half-written signing key file", RedactedFailure.of(e));
        }
    }

    /**
     * Opens the key store; a wrong passphrase gives {@link WrongPassphraseException}. A key store
     * written with the weaker protection of earlier versions is re-protected now that the passphrase
     * is known (written beside it and moved into place, so a failure leaves the old one).
     */
    public KeyMaterial unlock(char[] passphrase) {
        Path file = folder.resolve(KEY_STORE_FILE);
        KeyMaterial material = open(file, passphrase);
        try {
            if (!KeyStoreProtection.isStrong(Files.readAllBytes(file))) {
                writeAtomically(KEY_STORE_FILE, keyStoreBytes(material.key(), material.chain(), passphrase));
                LOG.info("Signing key re-protected with {} PBKDF2 iterations and AES-256", KeyStoreProtection.ITERATIONS);
            }
        } catch (IOException | GeneralSecurityException e) {
            // The key opened; a stronger copy can be written next time.
            LOG.warn("Cannot re-protect the signing key ({})", e.getClass().getSimpleName());
        }
        return material;
    }

    private KeyMaterial open(Path file, char[] passphrase) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(file)) {
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
