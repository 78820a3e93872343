package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class TextFitterTest {

    @Test
    void shortTextKeepsTheLargestSize() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = CertificateFonts.load(document, "DejaVuSerif-Bold.ttf");
            TextFitter.Fitted fitted = TextFitter.fit("Oak Primary", font, 600, 34, 13, 2);
            assertThat(fitted.size()).isEqualTo(34f);
            assertThat(fitted.lines()).containsExactly("Oak Primary");
        }
    }

    @Test
    void longTextShrinksAndEveryLineFitsItsWidth() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = CertificateFonts.load(document, "DejaVuSerif-Bold.ttf");
            String text = "Ysgol Gynradd Gymraeg Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch a Szkoła Łąki";
            TextFitter.Fitted fitted = TextFitter.fit(text, font, 400, 34, 13, 2);
            assertThat(fitted.size()).isLessThan(34f).isGreaterThanOrEqualTo(13f);
            for (String line : fitted.lines()) {
                assertThat(TextFitter.width(line, font, fitted.size())).isLessThanOrEqualTo(400f);
            }
            assertThat(String.join(" ", fitted.lines()).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void aSingleWordWiderThanTheBoxIsBrokenRatherThanOverflowing() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = CertificateFonts.load(document, "DejaVuSans.ttf");
            TextFitter.Fitted fitted = TextFitter.fit("W".repeat(200), font, 100, 12, 10, 1);
            assertThat(fitted.lines().size()).isGreaterThan(1);
            fitted.lines().forEach(line -> assertThat(TextFitter.width(line, font, 10)).isLessThanOrEqualTo(100f));
        }
    }

    @Test
    void charactersTheFontLacksBecomeAReplacementCharacter() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = CertificateFonts.load(document, "DejaVuSans.ttf");
            assertThat(CertificateFonts.drawable("Ŵ ŷ ł\n\tż ą “x” – é \u4E2D", font)).isEqualTo("Ŵ ŷ ł ż ą “x” – é \uFFFD");
        }
    }
}
