package org.charterreviewer.bundle;

import java.util.Locale;
import java.util.Set;

/**
 * Media types whose bytes are already compressed (photos, video, most audio, PDF, ZIP and Office
 * files): deflating them again saves next to nothing and was most of a large export's time, so a
 * bundle carries them uncompressed (docs/PERFORMANCE.md).
 */
final class CompressedMedia {

    private static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "image/heif", "application/pdf", "application/zip", "application/gzip",
            "application/x-7z-compressed", "application/epub+zip", "audio/mpeg", "audio/mp4", "audio/aac",
            "audio/ogg", "audio/opus", "audio/webm", "audio/x-m4a");

    private CompressedMedia() {
    }

    static boolean isAlreadyCompressed(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String type = mediaType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
        return TYPES.contains(type) || type.startsWith("video/")
                || type.startsWith("application/vnd.openxmlformats-officedocument.")
                || type.startsWith("application/vnd.oasis.opendocument.");
    }
}
