package org.charterreviewer.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.protection.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's timestamp server (RFC 3161): asks it to vouch, with its own signature, for the
 * time at which some bytes existed. Only their SHA-256 leaves this machine. A server that cannot
 * be reached or answers with anything but a token for our request is reported in plain words.
 */
public final class TimestampAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(TimestampAuthority.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A token with its certificates is a few kilobytes; far more means something else answered. */
    private static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private final URI url;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    private TimestampAuthority(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The server at {@code url}; refuses anything but an http or https address. */
    public static TimestampAuthority at(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(tr("certificate.tsa.badUrl", url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidInputException(tr("certificate.tsa.badUrl", url));
        }
        return new TimestampAuthority(uri);
    }

    public URI url() {
        return url;
    }

    /**
     * A token over the SHA-256 of {@code data}. Throws {@link TimestampUnavailableException} with a
     * plain message when the server cannot be reached or its answer is not a valid token for it.
     */
    public TimeStampToken stamp(byte[] data) {
        byte[] digest = sha256(data);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, random);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, nonce);
        byte[] answer = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            // Checks the status, that the token is for our digest and nonce, and the TSA's certificate use.
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new TimestampUnavailableException(tr("certificate.tsa.refused", url,
                        String.valueOf(response.getStatusString())));
            }
            return token;
        } catch (TSPException | IOException | RuntimeException e) {
            if (e instanceof TimestampUnavailableException unavailable) {
                throw unavailable;
            }
            LOG.debug("Timestamp server answer rejected", RedactedFailure.of(e));
            throw new TimestampUnavailableException(tr("certificate.tsa.badAnswer", url));
        }
    }

    private byte[] post(TimeStampRequest request) {
        try {
            HttpRequest post = HttpRequest.newBuilder(url)
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build();
            HttpResponse<byte[]> response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_RESPONSE_BYTES) {
                throw new TimestampUnavailableException(tr("certificate.tsa.refused", url,
                        "HTTP " + response.statusCode()));
            }
            return response.body();
        } catch (IOException e) {
            LOG.debug("Timestamp server unreachable", RedactedFailure.of(e));
            throw new TimestampUnavailableException(tr("certificate.tsa.unreachable", url));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampUnavailableException(tr("certificate.tsa.unreachable", url));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(tr("certificate.tsa.badUrl", url));
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
