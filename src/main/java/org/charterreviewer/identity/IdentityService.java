package org.charterreviewer.identity;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.WrongPassphraseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officer's signing identity: creates a key with a self-signed certificate, imports a
 * council-issued PKCS#12 file, shows and exports the public certificate, and unlocks the key for
 * signing. Passphrases are only ever held as char arrays and never logged.
 */
public final class IdentityService {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityService.class);

    static final int KEY_BITS = 3072;
    static final int VALIDITY_YEARS = 5;
    static final int MIN_PASSPHRASE_LENGTH = 8;
    static final int MAX_LOGO_BYTES = 5 * 1024 * 1024;
    private static final int MAX_FIELD_LENGTH = 200;

    private final IdentityStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IdentityService(IdentityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean exists() {
        return store.exists();
    }

    /**
     * Makes an RSA key and a self-signed certificate for the officer and stores them under
     * {@code passphrase}. Refuses to overwrite an existing identity unless {@code replace}.
     */
    public IdentityDetails create(String name, String role, String council, char[] passphrase,
            Optional<Path> logo, boolean replace) {
        String officer = required(name, "identity.field.name");
        String officerRole = required(role, "identity.field.role");
        String councilName = required(council, "identity.field.council");
        checkPassphrase(passphrase);
        refuseOverwrite(replace);
        Optional<LogoFile> logoFile = logo.map(IdentityService::readLogo);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, random);
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(keys, subject(officer, officerRole, councilName));
            store.save(new IdentityProfile(officer, officerRole, councilName, logoFile.map(LogoFile::name).orElse(null)),
                    keys.getPrivate(), List.of(certificate), passphrase, logoFile.map(LogoFile::bytes));
            LOG.info("Signing identity created (self-signed, RSA-{})", KEY_BITS);
            return show();
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot create the signing key", e);
        }
    }

    /**
     * Imports a council-issued PKCS#12 file. Name, role and council come from the arguments when
     * given, else from the certificate's subject (CN, title or OU, O). The key is stored under
     * {@code newPassphrase}, or under the file's own password when none is given.
     */
    public IdentityDetails importPkcs12(Path file, char[] filePassword, Optional<char[]> newPassphrase,
            Optional<String> name, Optional<String> role, Optional<String> council, Optional<Path> logo,
            boolean replace) {
        char[] passphrase = newPassphrase.orElse(filePassword);
        checkPassphrase(passphrase);
        refuseOverwrite(replace);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Messages.tr("identity.import.missing", file));
        }
        IdentityStore.KeyMaterial material;
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, filePassword);
            material = IdentityStore.KeyMaterial.from(keyStore, filePassword);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPassphraseException();
            }
            throw new InvalidInputException(Messages.tr("identity.import.unreadable", file), e);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(Messages.tr("identity.import.noKey", file), e);
        }
        if (!"RSA".equals(material.key().getAlgorithm()) && !"EC".equals(material.key().getAlgorithm())) {
            throw new InvalidInputException(Messages.tr("identity.import.unsupportedKey", material.key().getAlgorithm()));
        }
        X500Name subject = X500Name.getInstance(material.chain().get(0).getSubjectX500Principal().getEncoded());
        String officer = required(name.orElse(attribute(subject, BCStyle.CN)), "identity.field.name");
        String officerRole = required(role.orElse(Optional.ofNullable(attribute(subject, BCStyle.T))
                .orElse(attribute(subject, BCStyle.OU))), "identity.field.role");
        String councilName = required(council.orElse(attribute(subject, BCStyle.O)), "identity.field.council");
        Optional<LogoFile> logoFile = logo.map(IdentityService::readLogo);
        store.save(new IdentityProfile(officer, officerRole, councilName, logoFile.map(LogoFile::name).orElse(null)),
                material.key(), material.chain(), passphrase, logoFile.map(LogoFile::bytes));
        LOG.info("Signing identity imported from a PKCS#12 file ({} certificates in the chain)", material.chain().size());
        return show();
    }

    /**
     * The officer's name as on their certificates, when there is an identity and it can be read;
     * what the audit trail and "finalised by" record. Never throws.
     */
    public Optional<String> officerName() {
        try {
            return store.exists() ? Optional.of(store.profile().officerName()).filter(name -> !name.isBlank())
                    : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("Cannot read the signing identity's name; recording the computer's user name instead");
            return Optional.empty();
        }
    }

    /** Who signs and with which certificate. Needs no passphrase. */
    public IdentityDetails show() {
        requireIdentity();
        IdentityProfile profile = store.profile();
        X509Certificate certificate = store.certificate();
        return new IdentityDetails(profile.officerName(), profile.role(), profile.councilName(),
                DistinguishedNames.readable(certificate.getSubjectX500Principal()),
                DistinguishedNames.readable(certificate.getIssuerX500Principal()),
                certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                fingerprint(certificate),
                certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()),
                profile.logoFile() != null);
    }

    /** Writes the public certificate: PEM when the name ends ".pem", else DER (a Windows ".cer"). */
    public void exportCertificate(Path out) {
        requireIdentity();
        X509Certificate certificate = store.certificate();
        try {
            byte[] der = certificate.getEncoded();
            byte[] content = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem")
                    ? ("-----BEGIN CERTIFICATE-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                            + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII)
                    : der;
            AtomicFileWriter.write(out, content);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the certificate", e);
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("identity.export.cannotWrite", out), e);
        }
    }

    /** Opens the key for signing; a wrong passphrase gives {@link WrongPassphraseException}. */
    public SigningIdentity unlock(char[] passphrase) {
        requireIdentity();
        IdentityStore.KeyMaterial material = store.unlock(passphrase);
        IdentityProfile profile = store.profile();
        return new SigningIdentity(profile.officerName(), profile.role(), profile.councilName(),
                material.chain(), material.key(), store.logo());
    }

    private void requireIdentity() {
        if (!store.exists()) {
            throw new InvalidInputException(Messages.tr("identity.none"));
        }
    }

    private void refuseOverwrite(boolean replace) {
        if (store.exists() && !replace) {
            throw new InvalidInputException(Messages.tr("identity.exists"));
        }
    }

    private static void checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new InvalidInputException(Messages.tr("identity.passphraseTooShort", MIN_PASSPHRASE_LENGTH));
        }
    }

    private static String required(String value, String fieldKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Messages.tr("identity.fieldMissing", Messages.tr(fieldKey)));
        }
        if (text.length() > MAX_FIELD_LENGTH) {
            throw new InvalidInputException(Messages.tr("identity.fieldTooLong", Messages.tr(fieldKey), MAX_FIELD_LENGTH));
        }
        return text;
    }

    private static X500Name subject(String name, String role, String council) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, upTo64(name))
                .addRDN(BCStyle.T, upTo64(role))
                .addRDN(BCStyle.O, upTo64(council))
                .addRDN(BCStyle.C, "GB")
                .build();
    }

    /**
     * RFC 5280 allows at most 64 characters in these name parts. The full text stays in the
     * profile, which is what certificates print and signatures name.
     */
    static String upTo64(String text) {
        if (text.codePointCount(0, text.length()) <= 64) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 63)).strip() + "\u2026";
    }

    private static String attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private X509Certificate selfSigned(KeyPair keys, X500Name subject)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        Instant now = Instant.now(clock);
        Instant notBefore = now.minus(Duration.ofMinutes(5));
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
        BigInteger serial = new BigInteger(128, random).setBit(127);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LogoFile readLogo(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(Messages.tr("identity.logo.missing", file));
            }
            if (Files.size(file) > MAX_LOGO_BYTES) {
                throw new InvalidInputException(Messages.tr("identity.logo.tooLarge", file));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
                return new LogoFile("council-logo.png", bytes);
            }
            if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
                return new LogoFile("council-logo.jpg", bytes);
            }
            throw new InvalidInputException(Messages.tr("identity.logo.notImage", file));
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("identity.logo.unreadable", file), e);
        }
    }

    private record LogoFile(String name, byte[] bytes) {
    }
}
