package org.charterreviewer.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.storage.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final char[] PASSPHRASE = "a good long passphrase".toCharArray();

    @TempDir
    Path dir;

    private IdentityService service() {
        return new IdentityService(new IdentityStore(dir.resolve("identity"), JsonMapperFactory.create()), CLOCK);
    }

    @Test
    void createMakesASelfSignedRsaCertificateThatUnlocksWithThePassphrase() throws Exception {
        IdentityService service = service();
        IdentityDetails details = service.create("Siân Łukasz", "SEND Officer", "Powys Council", PASSPHRASE,
                Optional.empty(), false);
        assertThat(details.subject()).contains("CN=Siân Łukasz", "O=Powys Council", "T=SEND Officer");
        assertThat(details.selfSigned()).isTrue();
        assertThat(details.validFrom()).isBefore(CLOCK.instant());
        assertThat(details.validUntil()).isEqualTo(Instant.parse("2031-11-22T10:00:00Z"));
        assertThat(details.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");

        SigningIdentity identity = service.unlock(PASSPHRASE);
        X509Certificate certificate = identity.certificate();
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        certificate.verify(certificate.getPublicKey());
        // The unlocked key really is the certificate's key.
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(identity.privateKey());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate);
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(identity.toString()).doesNotContain("Private");
    }

    @Test
    void longNamesAreKeptInFullWhileTheCertificateSubjectStaysWithinItsLimits() {
        String name = "Dr Gwenllian Angharad Ffion Rhiannon Wynne-Przybyszewska-Montgomery-Llewellyn";
        String role = "Strategic Lead for Participation, Co-production and Inclusion in Early Years";
        IdentityService service = service();
        IdentityDetails details = service.create(name, role, "Council", PASSPHRASE, Optional.empty(), false);
        assertThat(details.officerName()).isEqualTo(name);
        assertThat(details.role()).isEqualTo(role);
        assertThat(details.subject()).contains("CN=Dr Gwenllian", "\u2026");
        assertThat(service.unlock(PASSPHRASE).officerName()).isEqualTo(name);
    }

    @Test
    void wrongPassphraseIsRefusedWithTheStorageException() {
        IdentityService service = service();
        service.create("A Officer", "Officer", "Council", PASSPHRASE, Optional.empty(), false);
        assertThatThrownBy(() -> service.unlock("not the right one".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void passphraseIsNeverWrittenInPlainText() throws Exception {
        service().create("A Officer", "Officer", "Council", PASSPHRASE, Optional.empty(), false);
        try (var files = Files.list(dir.resolve("identity"))) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(PASSPHRASE));
            }
        }
    }

    @Test
    void existingIdentityIsOnlyReplacedWhenAskedTo() {
        IdentityService service = service();
        IdentityDetails first = service.create("First Officer", "Officer", "Council", PASSPHRASE, Optional.empty(), false);
        assertThatThrownBy(() -> service.create("Second", "Officer", "Council", PASSPHRASE, Optional.empty(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--replace");
        assertThat(service.show().sha256Fingerprint()).isEqualTo(first.sha256Fingerprint());
        IdentityDetails second = service.create("Second", "Officer", "Council", PASSPHRASE, Optional.empty(), true);
        assertThat(second.sha256Fingerprint()).isNotEqualTo(first.sha256Fingerprint());
        assertThat(service.show().officerName()).isEqualTo("Second");
    }

    @Test
    void missingFieldsShortPassphraseAndBadLogoGetPlainMessages() throws Exception {
        IdentityService service = service();
        assertThatThrownBy(() -> service.create(" ", "Officer", "Council", PASSPHRASE, Optional.empty(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("officer name");
        assertThatThrownBy(() -> service.create("A", "Officer", "Council", "short".toCharArray(), Optional.empty(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 8");
        Path notImage = Files.writeString(dir.resolve("logo.png"), "not an image");
        assertThatThrownBy(() -> service.create("A", "Officer", "Council", PASSPHRASE, Optional.of(notImage), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PNG or JPEG");
        assertThat(service.exists()).isFalse();
        assertThatThrownBy(service::show).isInstanceOf(InvalidInputException.class).hasMessageContaining("identity create");
    }

    @Test
    void logoIsKeptAndComesBackWithTheIdentity() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        Path logo = Files.write(dir.resolve("council.png"), png);
        IdentityService service = service();
        service.create("A Officer", "Officer", "Council", PASSPHRASE, Optional.of(logo), false);
        assertThat(service.show().hasLogo()).isTrue();
        assertThat(service.unlock(PASSPHRASE).councilLogo()).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
    }

    @Test
    void exportWritesDerOrPemThatReadsBackAsTheSameCertificate() throws Exception {
        IdentityService service = service();
        service.create("A Officer", "Officer", "Council", PASSPHRASE, Optional.empty(), false);
        X509Certificate original = service.unlock(PASSPHRASE).certificate();
        Path cer = dir.resolve("out/officer.cer");
        Path pem = dir.resolve("officer.pem");
        service.exportCertificate(cer);
        service.exportCertificate(pem);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        assertThat(factory.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(cer)))).isEqualTo(original);
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(factory.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)))).isEqualTo(original);
    }

    @Test
    void importTakesKeyChainAndNamesFromACouncilIssuedP12() throws Exception {
        Path p12 = councilP12(dir.resolve("council.p12"), "file-password".toCharArray());
        IdentityService service = service();
        IdentityDetails details = service.importPkcs12(p12, "file-password".toCharArray(), Optional.of(PASSPHRASE),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
        assertThat(details.officerName()).isEqualTo("Mair Jones");
        assertThat(details.role()).isEqualTo("Inclusion Lead");
        assertThat(details.councilName()).isEqualTo("Ceredigion County Council");
        assertThat(details.selfSigned()).isFalse();
        assertThat(service.unlock(PASSPHRASE).chain()).hasSize(2);
        assertThatThrownBy(() -> service.unlock("file-password".toCharArray())).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void importWithTheWrongFilePasswordIsAWrongPassphrase() throws Exception {
        Path p12 = councilP12(dir.resolve("council.p12"), "file-password".toCharArray());
        assertThatThrownBy(() -> service().importPkcs12(p12, "wrong-password".toCharArray(), Optional.of(PASSPHRASE),
                Optional.of("N"), Optional.of("R"), Optional.of("C"), Optional.empty(), false))
                .isInstanceOfAny(WrongPassphraseException.class, InvalidInputException.class);
        assertThat(service().exists()).isFalse();
    }

    @Test
    void importOfSomethingThatIsNotAP12GivesAPlainMessage() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.p12"), "junk");
        assertThatThrownBy(() -> service().importPkcs12(junk, PASSPHRASE, Optional.empty(),
                Optional.of("N"), Optional.of("R"), Optional.of("C"), Optional.empty(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PKCS#12");
    }

    /** A .p12 as a council's IT team would issue it: the officer's key, certified by a council CA. */
    static Path councilP12(Path file, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair ca = generator.generateKeyPair();
        KeyPair officer = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=Ceredigion Signing CA,O=Ceredigion County Council");
        Date from = Date.from(CLOCK.instant().minusSeconds(3600));
        Date to = Date.from(CLOCK.instant().plusSeconds(3600L * 24 * 365));
        JcaContentSignerBuilder signer = new JcaContentSignerBuilder("SHA256withRSA");
        X509Certificate caCertificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, from, to, caName, ca.getPublic())
                        .build(signer.build(ca.getPrivate())));
        X509Certificate officerCertificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, from, to,
                        new X500Name("CN=Mair Jones,T=Inclusion Lead,O=Ceredigion County Council"), officer.getPublic())
                        .build(signer.build(ca.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("mair", officer.getPrivate(), password,
                new java.security.cert.Certificate[] {officerCertificate, caCertificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }
}
