package org.charterreviewer.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Works out what kind of file evidence is: by its first bytes where they are telling, else by its name. */
final class MediaTypes {

    static final String OCTET_STREAM = "application/octet-stream";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private MediaTypes() {
    }

    /** {@code content} is the stored bytes; {@code originalName} the name the officer's file had. */
    static String sniff(Path content, String originalName) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(content)) {
            read = in.readNBytes(head, 0, head.length);
        }
        String lowerName = originalName.toLowerCase(Locale.ROOT);
        if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (read >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (read >= 4 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "image/gif";
        }
        if (read >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "application/pdf";
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            if (lowerName.endsWith(".docx")) {
                return DOCX;
            }
            if (lowerName.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lowerName.endsWith(".pptx")) {
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
            return "application/zip";
        }
        String probed = Files.probeContentType(Path.of(sanitiseName(originalName)));
        if (probed != null) {
            return probed;
        }
        if (lowerName.endsWith(".txt")) {
            return "text/plain";
        }
        return OCTET_STREAM;
    }

    /** The file name only, without folders, so a name from a file cannot point elsewhere. */
    static String sanitiseName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.isBlank() ? "evidence" : base;
    }

    /** The extension (with its dot) to give a temporary copy, so the system viewer picks the right program. */
    static String extensionOf(String name) {
        String base = sanitiseName(name);
        int dot = base.lastIndexOf('.');
        if (dot <= 0 || base.length() - dot > 10) {
            return ".bin";
        }
        return base.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }
}
