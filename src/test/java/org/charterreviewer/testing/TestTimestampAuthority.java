package org.charterreviewer.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 timestamp authority for tests, on loopback: its own test CA issues the server's
 * timestamping certificate (with a revocation list at {@code /crl} on the same server), and
 * {@code /tsa} answers timestamp requests with BouncyCastle's response generator. Nothing leaves
 * the machine; every test gets fresh keys.
 */
public final class TestTimestampAuthority implements AutoCloseable {

    /** The time the authority vouches for, fixed so tests can check it. */
    public static final Instant TIME = Instant.parse("2026-11-22T14:30:05Z");
    public static final String NAME = "Test Timestamp Authority";

    private final HttpServer server;
    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final KeyPair tsaKeys;
    private final X509Certificate tsa;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger(1);

    private TestTimestampAuthority() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        caKeys = keys();
        tsaKeys = keys();
        Instant from = TIME.minus(400, ChronoUnit.DAYS);
        Instant to = TIME.plus(3650, ChronoUnit.DAYS);
        X500Name caName = new X500Name("CN=Test Timestamp CA,O=Charter Reviewer Tests");
        ca = certificate(new JcaX509v3CertificateBuilder(caName, BigInteger.ONE, Date.from(from), Date.from(to),
                caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        GeneralNames crlAt = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                "http://127.0.0.1:" + port() + "/crl"));
        tsa = certificate(new JcaX509v3CertificateBuilder(caName, BigInteger.TWO, Date.from(from), Date.from(to),
                new X500Name("CN=" + NAME + ",O=Charter Reviewer Tests"), tsaKeys.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(crlAt), null, null)})));
        server.createContext("/tsa", this::stamp);
        server.createContext("/crl", this::crl);
        server.start();
    }

    /** Starts an authority on a free loopback port. */
    public static TestTimestampAuthority start() {
        try {
            return new TestTimestampAuthority();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test timestamp authority", e);
        }
    }

    /** The address to give as {@code --tsa}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/tsa";
    }

    /** How many timestamp requests it has answered. */
    public int requests() {
        return requests.get();
    }

    public X509Certificate certificate() {
        return tsa;
    }

    public X509Certificate caCertificate() {
        return ca;
    }

    /** A loopback address where nothing listens (a port just freed), for the "unreachable" case. */
    public static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/tsa";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private void stamp(HttpExchange exchange) throws IOException {
        try (exchange) {
            TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKeys.getPrivate(), tsa),
                    sha256, new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tokens.addCertificates(new JcaCertStore(java.util.List.of(tsa, ca)));
            TimeStampResponse response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(request, BigInteger.valueOf(serial.getAndIncrement()), Date.from(TIME));
            requests.incrementAndGet();
            send(exchange, "application/timestamp-reply", response.getEncoded());
        } catch (Exception e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private void crl(HttpExchange exchange) throws IOException {
        try (exchange) {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    Date.from(TIME.minus(1, ChronoUnit.DAYS)));
            builder.setNextUpdate(Date.from(TIME.plus(30, ChronoUnit.DAYS)));
            send(exchange, "application/pkix-crl", builder.build(signer(caKeys)).getEncoded());
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static KeyPair keys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private X509Certificate certificate(X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(caKeys)));
    }

    private static ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }
}
