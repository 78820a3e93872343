package org.charterreviewer.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu fonts (free to embed; licence beside them), loaded into one document as
 * subsets. Glyph substitution is switched off so no ligatures are drawn: text extracts exactly as
 * it was written ("Certificate", never "Certi\uFB01cate").
 */
final class CertificateFonts {

    private static final String FOLDER = "/org/charterreviewer/certificate/fonts/";

    final PDType0Font sans;
    final PDType0Font sansBold;
    final PDType0Font serif;
    final PDType0Font serifBold;

    private CertificateFonts(PDDocument document) throws IOException {
        this.sans = load(document, "DejaVuSans.ttf");
        this.sansBold = load(document, "DejaVuSans-Bold.ttf");
        this.serif = load(document, "DejaVuSerif.ttf");
        this.serifBold = load(document, "DejaVuSerif-Bold.ttf");
    }

    static CertificateFonts loadInto(PDDocument document) {
        try {
            return new CertificateFonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled certificate fonts cannot be read", e);
        }
    }

    /**
     * {@code text} ready to draw in {@code font}: line breaks and tabs become single spaces, and a
     * character the font has no glyph for becomes U+FFFD rather than failing the whole certificate.
     */
    static String drawable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('\uFFFD');
            }
        });
        return out.toString().replaceAll(" {2,}", " ");
    }

    static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = CertificateFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("Missing bundled font " + file);
            }
            TTFParser parser = new TTFParser();
            TrueTypeFont font = parser.parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            // PDType0Font keeps using the TrueTypeFont until the document is saved (subsetting).
            return PDType0Font.load(document, font, true);
        }
    }
}
