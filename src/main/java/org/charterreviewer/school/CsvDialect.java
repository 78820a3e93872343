package org.charterreviewer.school;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file an officer hands in is written, guessed from its bytes: the character set (by its
 * byte-order mark; else UTF-8 when the bytes are valid UTF-8 with an accent in them, else
 * Windows-1252, as Excel saves in England) and the delimiter its header line uses.
 */
record CsvDialect(Charset charset, int skippedBytes, char delimiter) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of the file's start is decoded to find the header line. */
    private static final int HEADER_PROBE = 64 * 1024;

    /** The dialect of a whole file's bytes; {@code skippedBytes} is a UTF-8 byte-order mark to leave out. */
    static CsvDialect of(byte[] bytes) {
        int start = 0;
        Charset charset;
        if (hasUtf8Bom(bytes)) {
            start = 3;
            charset = StandardCharsets.UTF_8;
        } else if (hasUtf16Bom(bytes)) {
            charset = StandardCharsets.UTF_16; // reads and drops the mark itself
        } else {
            charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        String head = new String(bytes, start, Math.min(HEADER_PROBE, bytes.length - start), charset);
        return new CsvDialect(charset, start, delimiter(firstLine(head)));
    }

    /** The first line of {@code text}, taking a line break inside quotes as part of the line. */
    static String firstLine(String text) {
        int end = 0;
        boolean quoted = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return text.substring(0, end);
    }

    /** A comma unless the header line plainly uses semicolons or tabs (outside quotes) instead. */
    static char delimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }

    /**
     * True when the bytes hold at least one multi-byte UTF-8 sequence and no invalid one. A
     * Windows-1252 file with accents almost never passes: its accented bytes stand alone.
     */
    static boolean isUtf8(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte = true;
            i += extra + 1;
        }
        return multiByte;
    }
}
