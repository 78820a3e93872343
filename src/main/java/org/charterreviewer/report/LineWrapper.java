package org.charterreviewer.report;

import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.pdf.PdfFonts;
import org.charterreviewer.report.PageFlow.Run;
import org.charterreviewer.report.PageFlow.Style;

/**
 * Breaks runs of styled text into lines no wider than a given width, measuring with the font. A
 * word too long for a whole line (a file name, a media type, a web address) breaks after a
 * hyphen, underscore, full stop, slash or plus sign where it can, and between characters only
 * where it cannot.
 */
final class LineWrapper {

    /** Where a long word may break: after one of these. */
    private static final String BREAK_AFTER = "-_./+\\";

    /** A word on a line, in one style. */
    record Word(String text, Style style) {
    }

    /** One line of words; its height is the tallest leading on it. */
    record Line(List<Word> words, float height) {
    }

    private final PdfFonts fonts;

    LineWrapper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Greedy word wrap of runs into lines at most {@code width} wide; a line break in the text
     * ends a line and an empty line leaves a blank one.
     */
    List<Line> wrap(List<Run> runs, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        float height = 0;
        for (Run run : runs) {
            Style style = run.style();
            String[] paragraphs = run.text().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    lines.add(new Line(List.copyOf(current), Math.max(height, style.leading())));
                    current.clear();
                    used = 0;
                    height = 0;
                }
                String clean = fonts.drawable(paragraphs[p], style.font()).strip();
                if (clean.isEmpty()) {
                    continue;
                }
                float space = fonts.width(" ", style.font(), style.size());
                for (String token : clean.split(" +")) {
                    float tokenWidth = fonts.width(token, style.font(), style.size());
                    float extra = current.isEmpty() ? tokenWidth : space + tokenWidth;
                    if (used + extra <= width) {
                        current.add(new Word(token, style));
                        used += extra;
                        height = Math.max(height, style.leading());
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(new Line(List.copyOf(current), height));
                        current.clear();
                    }
                    String rest = token;
                    while (fonts.width(rest, style.font(), style.size()) > width) {
                        int cut = breakPoint(rest, style, width);
                        lines.add(new Line(List.of(new Word(rest.substring(0, cut), style)), style.leading()));
                        rest = rest.substring(cut);
                    }
                    current.add(new Word(rest, style));
                    used = fonts.width(rest, style.font(), style.size());
                    height = style.leading();
                }
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(List.copyOf(current), height));
        }
        return lines;
    }

    /** How much of {@code word} goes on this line: up to its last break point that fits, else as much as fits. */
    private int breakPoint(String word, Style style, float width) {
        int fits = fittingPrefix(word, style, width);
        for (int i = fits; i > 0; i--) {
            if (BREAK_AFTER.indexOf(word.charAt(i - 1)) >= 0 && i < word.length()) {
                return i;
            }
        }
        return fits;
    }

    private int fittingPrefix(String word, Style style, float width) {
        float limit = width * 1000f / style.size();
        float used = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            float w = Math.max(0, fonts.glyphWidth(style.font(), cp));
            if (used + w > limit && i > 0) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return Math.max(i, word.offsetByCodePoints(0, 1));
    }
}
