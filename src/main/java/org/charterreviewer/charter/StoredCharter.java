package org.charterreviewer.charter;

import java.time.Instant;

/** A charter as held in the library: parsed, with the exact JSON text and its SHA-256 as imported. */
public record StoredCharter(Charter charter, String jsonText, String contentSha256, Instant importedAt) {
}
