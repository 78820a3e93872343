package org.charterreviewer.certificate;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.charterreviewer.pdf.PdfStructure;

/**
 * The certificate page's content stream with its fonts and structure, and the few ways text is
 * put on it. Every piece of text belongs to the structure element last {@link #open opened}, in
 * the order a reader should hear it; decoration is drawn through {@link #artifact}.
 */
final class CertificateCanvas {

    /** Drawing that may fail with an I/O error. */
    interface Drawing {
        void draw() throws IOException;
    }

    /** One centred paragraph of the flowing text, before it is fitted; {@code tag} is its structure type. */
    record Block(String text, PDFont font, float maxSize, float minSize, float width, int maxLines,
            Color color, float spaceBefore, String tag) {

        static Block rule(float spaceBefore) {
            return new Block(null, null, 0, 0, 0, 0, CertificateRenderer.GOLD, spaceBefore, null);
        }

        Laid layOut(float scale) {
            if (text == null) {
                return new Laid(this, null, 6f + spaceBefore * scale);
            }
            TextFitter.Fitted fitted = TextFitter.fit(text, font, width, Math.max(minSize, maxSize * scale),
                    Math.min(minSize, maxSize * scale), maxLines);
            float lineHeight = fitted.size() * 1.22f;
            return new Laid(this, fitted, spaceBefore * scale + lineHeight * fitted.lines().size());
        }
    }

    record Laid(Block block, TextFitter.Fitted fitted, float height) {
    }

    final PDPageContentStream stream;
    final CertificateFonts fonts;
    final PdfStructure structure;
    private final PDPage page;
    private PDStructureElement current;

    CertificateCanvas(PDPageContentStream stream, CertificateFonts fonts, PdfStructure structure, PDPage page) {
        this.stream = stream;
        this.fonts = fonts;
        this.structure = structure;
        this.page = page;
    }

    /** A new element of {@code type} in the document; text drawn from now on belongs to it. */
    PDStructureElement open(String type) {
        current = structure.add(structure.document(), type);
        return current;
    }

    /** Draws content that belongs to {@code element} (a figure, say). */
    void tagged(PDStructureElement element, Drawing drawing) throws IOException {
        structure.begin(stream, page, element);
        drawing.draw();
        structure.end(stream);
    }

    /** Draws decoration a reader skips. */
    void artifact(Drawing drawing) throws IOException {
        structure.beginArtifact(stream);
        drawing.draw();
        structure.end(stream);
    }

    /** Draws a laid-out block below {@code top} as its own element; returns the new top. */
    float draw(Laid laid, float top) throws IOException {
        Block block = laid.block();
        float centre = CertificateLayout.PAGE.getWidth() / 2f;
        if (laid.fitted() == null) {
            float y = top - laid.height() + 3f;
            artifact(() -> {
                stream.setStrokingColor(CertificateRenderer.GOLD);
                stream.setLineWidth(0.8f);
                stream.moveTo(centre - 70, y);
                stream.lineTo(centre + 70, y);
                stream.stroke();
                stream.setNonStrokingColor(CertificateRenderer.GOLD);
                CertificateRenderer.diamond(stream, centre, y, 3f);
            });
            return top - laid.height();
        }
        open(block.tag());
        float size = laid.fitted().size();
        float lineHeight = size * 1.22f;
        float y = top - (laid.height() - lineHeight * laid.fitted().lines().size());
        for (String line : laid.fitted().lines()) {
            y -= lineHeight;
            textCentred(line, block.font(), size, block.color(), centre, y + (lineHeight - size) / 2f + size * 0.2f);
        }
        return top - laid.height();
    }

    /**
     * Draws {@code text} centred, shrunk and wrapped into at most {@code maxLines} lines from
     * {@code baseline} downwards; returns the baseline after the last line.
     */
    float stack(String text, PDFont font, float maxSize, float minSize, int maxLines, Color color, float centre,
            float width, float baseline) throws IOException {
        TextFitter.Fitted fitted = TextFitter.fit(drawable(text, font), font, width, maxSize, minSize, maxLines);
        float y = baseline;
        for (String line : fitted.lines()) {
            textCentred(line, font, fitted.size(), color, centre, y);
            y -= fitted.size() * 1.2f;
        }
        return y;
    }

    void textCentred(String text, PDFont font, float size, Color color, float centre, float baseline) throws IOException {
        textLeft(text, font, size, color, centre - TextFitter.width(text, font, size) / 2f, baseline);
    }

    void textLeft(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        tagged(current, () -> {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        });
    }

    String drawable(String text, PDFont font) {
        return CertificateFonts.drawable(text, font);
    }
}
