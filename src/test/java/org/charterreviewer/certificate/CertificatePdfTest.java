package org.charterreviewer.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.json.CanonicalJson;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.pdf.StructureElements;
import org.charterreviewer.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CertificatePdfTest {

    static final String SCHOOL = "St Mary’s “Tŷ Ŵyn” – Café Łąka Żabki";

    @TempDir
    static Path shared;
    static SigningIdentity identity;
    static byte[] signed;
    static byte[] unsigned;

    @TempDir
    Path dir;

    @BeforeAll
    static void signOnce() throws IOException {
        identity = CertificateTestFixtures.identity(shared.resolve("identity"), Optional.empty());
        CertificateContent content = CertificateTestFixtures.content(SCHOOL, identity.officerName(),
                Optional.of(CertificateTestFixtures.logoPng()));
        unsigned = CertificateTestFixtures.renderer().render(content);
        Path file = shared.resolve("signed.pdf");
        new PdfSigner(CertificateTestFixtures.CLOCK).sign(unsigned, identity, file);
        signed = Files.readAllBytes(file);
    }

    @Test
    void signedCertificateVerifiesAsIntact() {
        VerificationResult result = new SignatureVerifier().verify(signed);
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.coversWholeFile()).isTrue();
        assertThat(result.signerName()).isEqualTo("Siân O’Brien-Łukasz");
        assertThat(result.signerSubject()).contains("CN=Siân O’Brien-Łukasz");
        assertThat(result.signingTime()).isEqualTo(CertificateTestFixtures.CLOCK.instant());
        assertThat(result.certificateNumber()).isEqualTo("CR-2026-7K4M-Q9XD");
        assertThat(result.reviewSha256()).hasSize(64);
    }

    @Test
    void signatureIsPadesBaselineWithSigningCertificateV2() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            var signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getLocation()).isEqualTo("Gwynedd & Powys “Test” Council");
        }
        // The CMS carries id-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47) as DER.
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        assertThat(text).containsIgnoringCase("060B2A864886F70D010910022F");
    }

    @Test
    void signingIsAnIncrementalUpdateOfTheRenderedFile() {
        assertThat(signed.length).isGreaterThan(unsigned.length);
        byte[] prefix = java.util.Arrays.copyOf(signed, unsigned.length);
        assertThat(prefix).isEqualTo(unsigned);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.001, 0.25, 0.5, 0.75, 0.999})
    void changingOneByteAnywhereFailsVerification(double where) {
        int position = Math.min(signed.length - 1, (int) (signed.length * where));
        assertFlipFails(position);
    }

    @Test
    void changingOneByteInsideTheSignatureValueFails() {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int contents = text.lastIndexOf("/Contents <") + "/Contents <".length();
        assertThat(contents).isGreaterThan(20);
        assertFlipFails(contents + 10);          // in the DER signature itself
        assertFlipFails(contents + 1500);         // well inside the value
        int end = text.indexOf('>', contents);
        assertFlipFails(end - 4);                 // in the zero padding
        assertFlipFails(end);                     // the closing '>'
    }

    @Test
    void changingTheLastBytesFails() {
        assertFlipFails(signed.length - 1);
        assertFlipFails(signed.length - 7);
    }

    private void assertFlipFails(int position) {
        byte[] copy = signed.clone();
        copy[position] = (byte) (copy[position] == '0' ? '1' : copy[position] ^ 0x01);
        VerificationResult result = new SignatureVerifier().verify(copy);
        assertThat(result.intact()).as("flipped byte at %d of %d", position, signed.length).isFalse();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void appendedUpdateIsReportedAsChangedAfterSigning() {
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 10);
        System.arraycopy("\n% extra\n".getBytes(StandardCharsets.ISO_8859_1), 0, longer, signed.length, 9);
        VerificationResult result = new SignatureVerifier().verify(longer);
        assertThat(result.intact()).isFalse();
        assertThat(result.coversWholeFile()).isFalse();
    }

    @Test
    void unsignedNonPdfAndTruncatedFilesAreNotIntactWithAPlainReason() throws IOException {
        SignatureVerifier verifier = new SignatureVerifier();
        assertThat(verifier.verify(unsigned).reason()).contains("no digital signature");
        assertThat(verifier.verify("hello, not a pdf".getBytes(StandardCharsets.UTF_8)).reason()).contains("not a PDF");
        VerificationResult truncated = verifier.verify(java.util.Arrays.copyOf(signed, signed.length / 2));
        assertThat(truncated.intact()).isFalse();
        assertThat(truncated.reason()).isNotBlank();
        assertThat(verifier.verify(dir.resolve("missing.pdf")).reason()).contains("does not exist");
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThat(verifier.verify(empty).intact()).isFalse();
    }

    @Test
    void textExtractsExactlyAsWrittenWithoutLigatures() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.lines()).contains(SCHOOL);
            assertThat(text).contains("Certificate number", "CR-2026-7K4M-Q9XD", "Siân O’Brien-Łukasz");
            assertThat(text).doesNotContain("\uFB01", "\uFB02");
        }
    }

    @Test
    void qrCodeReadsBackAsTheNumberAndTheReviewHash() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            String text = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            CertificateContent content = CertificateTestFixtures.content(SCHOOL, identity.officerName(), Optional.empty());
            assertThat(text).isEqualTo("CR1;CR-2026-7K4M-Q9XD;" + content.reviewSha256());
        }
    }

    @Test
    void embeddedSummaryRoundTripsToWhatIsPrinted() throws IOException {
        CertificateContent content = CertificateTestFixtures.content(SCHOOL, identity.officerName(), Optional.empty());
        byte[] embedded = new SignatureVerifier().verify(signed).embeddedJson();

        CertificateSummary summary = JsonMapperFactory.create().readValue(embedded, CertificateSummary.class);
        assertThat(summary).isEqualTo(content.summary());
        assertThat(summary.school().name()).isEqualTo(SCHOOL);
        assertThat(summary.format()).isEqualTo(CertificateSummary.FORMAT);
        assertThat(summary.review()).as("a sample stands for no review").isNull();
        assertThat(embedded).isEqualTo(new CanonicalJson(JsonMapperFactory.create()).write(content.summary()));
    }

    @Test
    void isOnePageOfA4Landscape() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(box.getHeight()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(document.getDocumentCatalog().getMetadata()).isNotNull();
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
            var catalog = document.getDocumentCatalog().getCOSObject();
            var associated = (org.apache.pdfbox.cos.COSArray) catalog.getDictionaryObject(org.apache.pdfbox.cos.COSName.getPDFName("AF"));
            var spec = (org.apache.pdfbox.cos.COSDictionary) associated.getObject(0);
            assertThat(spec.getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(spec.getString(org.apache.pdfbox.cos.COSName.UF)).isEqualTo(CertificateRenderer.EMBEDDED_JSON_NAME);
            var metadata = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("pdfaid:part", "3", "CR-2026-7K4M-Q9XD");
        }
    }

    @Test
    void signedCertificateIsPdfA3bAndPdfUa1ForVeraPdf() {
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void structureReadsInOrderWithFiguresDescribedAndTheSignatureTaggedAsAForm() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>");
            List<PDStructureElement> elements = StructureElements.inReadingOrder(document);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types).startsWith("Document", "Figure", "P", "H1", "P", "P").contains("Form").endsWith("Figure");
            assertThat(types.indexOf("Form")).as("the signature comes before the officer's printed name")
                    .isLessThan(types.lastIndexOf("P") - 1);
            List<PDStructureElement> figures = elements.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertThat(figures.get(0).getAlternateDescription()).isEqualTo("Logo of Gwynedd & Powys “Test” Council");
            assertThat(figures.get(1).getAlternateDescription()).contains("QR code", "CR-2026-7K4M-Q9XD");

            // The signed field is the one drawn with the certificate, linked to its Form element.
            var field = (PDSignatureField) catalog.getAcroForm().getField(CertificateSignatureField.NAME);
            assertThat(field.getSignature()).isNotNull();
            assertThat(document.getSignatureDictionaries()).hasSize(1);
            var widget = field.getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isEqualTo(CertificateLayout.signatureBox().getWidth());
            assertThat(widget.getStructParent()).isGreaterThanOrEqualTo(0);
            assertThat(widget.getAppearance().getNormalAppearance().getAppearanceStream().getResources()
                    .getFontNames()).as("the visible signature is drawn").isNotEmpty();
            PDStructureElement form = elements.stream().filter(e -> e.getStructureType().equals("Form")).findFirst().orElseThrow();
            assertThat(form.getKids()).anySatisfy(kid -> assertThat(kid)
                    .isInstanceOfSatisfying(PDObjectReference.class, ref -> assertThat(ref.getReferencedObject().getCOSObject())
                            .isSameAs(widget.getCOSObject())));
        }
    }


    @Test
    void longSchoolAndOfficerNamesStayInsideTheFrame() throws IOException {
        String longSchool = "The Federation of Ysgol Gynradd Gymraeg Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch "
                + "and Szkoła Podstawowa im. Świętej Jadwigi Królowej w Łodzi with the Nursery, Resource Base and "
                + "Specialist Provision for Children and Young People with Special Educational Needs and Disabilities";
        String longOfficer = "Dr Gwenllian Angharad Ffion Rhiannon Wynne-Przybyszewska-Montgomery-Llewellyn, MBE";
        CertificateContent content = CertificateTestFixtures.content(longSchool, longOfficer,
                Optional.of(CertificateTestFixtures.logoPng()));
        byte[] pdf = CertificateTestFixtures.renderer().render(content);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> positions = positions(document);
            float inner = CertificateLayout.INNER_BORDER + 6;
            float width = CertificateLayout.PAGE.getWidth();
            float height = CertificateLayout.PAGE.getHeight();
            assertThat(positions).isNotEmpty();
            for (TextPosition p : positions) {
                assertThat(p.getXDirAdj()).as(p.getUnicode()).isGreaterThan(inner);
                assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as(p.getUnicode()).isLessThan(width - inner);
                assertThat(p.getYDirAdj() - p.getHeightDir()).as(p.getUnicode()).isGreaterThan(inner);
                assertThat(p.getYDirAdj()).as(p.getUnicode()).isLessThan(height - inner);
            }
            // The flowing text stays above the signature band: nothing of it overlaps the signature box.
            PDRectangle box = CertificateLayout.signatureBox();
            for (TextPosition p : positions) {
                float baselineFromBottom = height - p.getYDirAdj();
                boolean insideBox = p.getXDirAdj() > box.getLowerLeftX() && p.getXDirAdj() < box.getUpperRightX()
                        && baselineFromBottom > box.getLowerLeftY() && baselineFromBottom < box.getUpperRightY();
                assertThat(insideBox).as("text '%s' inside the signature box", p.getUnicode()).isFalse();
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch");
        }
    }

    private static List<TextPosition> positions(PDDocument document) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                all.addAll(textPositions);
                super.writeString(text, textPositions);
            }
        };
        stripper.getText(document);
        return all;
    }
}
