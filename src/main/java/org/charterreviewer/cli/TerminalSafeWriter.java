package org.charterreviewer.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one place that makes the command line's output safe for a terminal. Names, quotes and notes
 * come from files written elsewhere; a control character or an escape sequence in them could move
 * the cursor, rewrite earlier lines, change the window title or hide text. Everything printed goes
 * through here, and every control character except line breaks and tabs is shown escaped as
 * {@code \\u001b}, the way JSON writes it (so JSON output stays valid JSON), as are the Unicode
 * controls that reorder text (right-to-left overrides).
 */
final class TerminalSafeWriter extends FilterWriter {

    /** Carriage return belongs to the line break only where the system's line break has one. */
    private static final boolean CR_IN_LINE_BREAK = System.lineSeparator().contains("\r");

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** {@code text} as it is printed: for checks and for callers that build one string. */
    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(safe, text.charAt(i));
        }
        return safe.toString();
    }

    static boolean needsEscape(char c) {
        if (c == '\n' || c == '\t' || c == '\r' && CR_IN_LINE_BREAK) {
            return false;
        }
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static void append(StringBuilder out, char c) {
        if (needsEscape(c)) {
            out.append(String.format("\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (needsEscape((char) c)) {
            out.write(escape(String.valueOf((char) c)));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        for (int i = 0; i < part.length(); i++) {
            if (needsEscape(part.charAt(i))) {
                out.write(escape(part));
                return;
            }
        }
        out.write(part);
    }
}
