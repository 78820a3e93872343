package org.charterreviewer.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A second embedded PostgreSQL server, of its own, with TLS switched on ({@code ssl = on}) and a
 * self-signed certificate made for it with BouncyCastle, as council IT would set one up. Started
 * the way {@link EmbeddedPostgresServer} is; PostgreSQL refuses a key file others can read.
 */
public final class TlsPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final Path keys;

    private TlsPostgresServer(EmbeddedPostgres server, Path keys) {
        this.server = server;
        this.keys = keys;
    }

    public static TlsPostgresServer start() {
        try {
            Path keys = Files.createTempDirectory("charter-tls-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path certificate = keys.resolve("server.crt");
            Path key = keys.resolve("server.key");
            writeSelfSigned(certificate, key);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new RootSafePostgresBinaries())
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", certificate.toString())
                    .setServerConfig("ssl_key_file", key.toString())
                    .setServerConfig("fsync", "off")
                    .start();
            return new TlsPostgresServer(server, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL with TLS did not start", e);
        }
    }

    /** {@code jdbc:postgresql://localhost:PORT/postgres}, without parameters. */
    public String url() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    /** The server's superuser; local logins need no password. */
    public String user() {
        return EmbeddedPostgresServer.USER;
    }

    private static void writeSelfSigned(Path certificate, Path key) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=localhost,O=Charter Reviewer Tests");
            Instant now = Instant.now();
            var holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name,
                    pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            Files.writeString(certificate, pem(new JcaX509CertificateConverter().getCertificate(holder)));
            Files.writeString(key, pem(pair.getPrivate()),
                    java.nio.file.StandardOpenOption.CREATE_NEW);
            // Owned by the user the tests run as, readable by nobody else: as root, zonky starts the
            // server in a user namespace (unshare -U) where that owner is the server's own user.
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot make the test server's certificate", e);
        }
    }

    private static String pem(Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(value);
        }
        return text.toString();
    }

    @Override
    public void close() {
        try {
            server.close();
            try (var files = Files.walk(keys)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
