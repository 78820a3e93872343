package org.charterreviewer.review;

import java.nio.file.Path;

/**
 * Where evidence content recorded here without its bytes (a review pulled from the council
 * database) is fetched from the first time it is opened. The caller checks the bytes against the
 * SHA-256 before keeping them.
 */
@FunctionalInterface
public interface PendingEvidenceContent {

    /** No source: content not here cannot be fetched (a data folder never connected to a council). */
    PendingEvidenceContent NONE = sha256 -> {
        throw new org.charterreviewer.InvalidInputException(
                org.charterreviewer.i18n.Messages.tr("evidence.error.noContent", sha256));
    };

    /**
     * A temporary file (in the data folder's own temporary space) holding the content with this
     * SHA-256; a plain message when it cannot be fetched now (not connected, server unreachable).
     */
    Path fetch(String sha256);
}
