package org.charterreviewer.review;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A step between receiving an evidence file and storing it, for removing hidden personal data
 * (for example the location and camera details in a photo's EXIF). The default passes the file on
 * unchanged; the data-protection feature plugs in one that strips metadata.
 */
@FunctionalInterface
public interface EvidenceSanitizer {

    EvidenceSanitizer NONE = (file, mediaType) -> new Sanitized(file, false);

    /**
     * Returns the file to store: {@code file} itself, or a new file the sanitizer wrote (which the
     * caller deletes after storing it). Must not change {@code file} in place.
     */
    Sanitized sanitize(Path file, String mediaType) throws IOException;

    /** The file to store and whether metadata was removed from it. */
    record Sanitized(Path file, boolean metadataRemoved) {
    }
}
