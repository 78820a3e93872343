package org.charterreviewer.certificate;

import java.time.Instant;

/**
 * A trusted time a timestamp server vouched for: on a signature (PAdES B-T) or over the whole
 * document (a document timestamp added by {@code certificate extend}).
 *
 * @param time when the server says the signature or document existed
 * @param authority the timestamp server's certificate subject, readable
 */
public record SignatureTimestamp(Instant time, String authority) {
}
