package org.charterreviewer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts (the certificate's; free to embed, licence beside them) loaded into one
 * document as subsets, for any PDF the app writes. Glyph substitution is off, so no ligatures are
 * drawn and text extracts exactly as written. Also measures text quickly, glyph by glyph, so long
 * notes wrap without measuring every prefix again.
 */
public final class PdfFonts {

    private static final String FOLDER = "/org/charterreviewer/certificate/fonts/";

    private final PDType0Font sans;
    private final PDType0Font sansBold;
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();

    private PdfFonts(PDDocument document) throws IOException {
        this.sans = load(document, "DejaVuSans.ttf");
        this.sansBold = load(document, "DejaVuSans-Bold.ttf");
    }

    /** Loads the sans-serif regular and bold fonts into {@code document}. */
    public static PdfFonts loadInto(PDDocument document) {
        try {
            return new PdfFonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled fonts cannot be read", e);
        }
    }

    public PDFont sans() {
        return sans;
    }

    public PDFont sansBold() {
        return sansBold;
    }

    /**
     * {@code text} ready to draw on one line in {@code font}: tabs and other control characters
     * become spaces, and a character the font has no glyph for becomes U+FFFD rather than failing.
     */
    public String drawable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (glyphWidth(font, cp) >= 0) {
                out.appendCodePoint(cp);
            } else {
                out.append('\uFFFD');
            }
        });
        return out.toString();
    }

    /** The width of {@code text} (already {@link #drawable}) at {@code size} points. */
    public float width(String text, PDFont font, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += Math.max(0, glyphWidth(font, cp));
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /** The advance of one character in font units, or -1 if the font cannot draw it. */
    public float glyphWidth(PDFont font, int codePoint) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                return font.getStringWidth(ch);
            } catch (IOException | IllegalArgumentException e) {
                return -1f;
            }
        });
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("Missing bundled font " + file);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            // PDType0Font keeps using the TrueTypeFont until the document is saved (subsetting).
            return PDType0Font.load(document, font, true);
        }
    }
}
