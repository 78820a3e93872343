package org.charterreviewer.review;

import java.time.Instant;
import java.util.List;

/**
 * An evidence file attached to a review: its content is stored once by SHA-256; this is what the
 * review knows about it (name, caption, whether internal, which items it supports).
 */
public record EvidenceFile(long id, String sha256, String originalName, long sizeBytes, String mediaType,
        String caption, boolean internal, boolean metadataRemoved, Instant addedAt, List<String> linkedItemIds) {

    public EvidenceFile {
        linkedItemIds = List.copyOf(linkedItemIds);
    }

    public boolean isImage() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
