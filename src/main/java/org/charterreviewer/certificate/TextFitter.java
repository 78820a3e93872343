package org.charterreviewer.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Fits a text into a box of a given width: the largest size from {@code maxSize} down to
 * {@code minSize} at which it wraps into at most {@code maxLines} lines. If even the smallest size
 * needs more lines, it takes them (breaking over-long words) rather than running off the page.
 */
final class TextFitter {

    private static final float STEP = 0.5f;
    /** How far a text may shrink to stay on fewer lines before it wraps instead. */
    private static final float PREFER_FEWER_LINES = 0.72f;

    private TextFitter() {
    }

    record Fitted(float size, List<String> lines) {
    }

    static Fitted fit(String text, PDFont font, float width, float maxSize, float minSize, int maxLines) {
        // Fewer lines win while the text only has to shrink a little: a name on one line reads best.
        for (int lineCount = 1; lineCount <= maxLines; lineCount++) {
            float floor = lineCount < maxLines ? Math.max(minSize, maxSize * PREFER_FEWER_LINES) : minSize;
            for (float size = maxSize; size >= floor; size -= STEP) {
                List<String> lines = wrap(text, font, size, width);
                if (lines.size() <= lineCount) {
                    return new Fitted(size, lines);
                }
            }
        }
        return new Fitted(minSize, wrap(text, font, minSize, width));
    }

    /** Greedy word wrap; a word wider than the line is broken between characters. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = longestPrefixThatFits(rest, font, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestPrefixThatFits(String word, PDFont font, float size, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next), font, size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Text not made drawable before measuring", e);
        }
    }
}
