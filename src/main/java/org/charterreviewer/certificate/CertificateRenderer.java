package org.charterreviewer.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.charterreviewer.i18n.Formats;
import org.charterreviewer.AppVersion;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.json.CanonicalJson;

/**
 * Draws the certificate: one A4 landscape page meant to be printed and framed, as a PDF/A-3b file
 * with embedded fonts, XMP metadata, an sRGB output intent and the certificate summary JSON attached.
 * Long names shrink and wrap inside their boxes; nothing runs off the page. Signing is separate
 * ({@link PdfSigner}), so the unsigned bytes returned here are what the signature will cover.
 */
public final class CertificateRenderer {

    /** The name of the attached certificate summary ({@link CertificateSummary}) inside the PDF. */
    public static final String EMBEDDED_JSON_NAME = "certificate-summary.json";
    /** Custom document information keys the verifier reads back. */
    static final String INFO_CERTIFICATE_NUMBER = "CharterReviewerCertificateNumber";
    static final String INFO_REVIEW_SHA256 = "CharterReviewerReviewSha256";

    static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x5A, 0x5F, 0x66);
    static final Color PAPER = new Color(0xFD, 0xFB, 0xF5);

    private static final DateTimeFormatter DATE = Formats.LONG_DATE;
    private static final int MAX_LOGO_PIXELS = 4000;

    private final Clock clock;
    private final CanonicalJson json;

    public CertificateRenderer(Clock clock, CanonicalJson json) {
        this.clock = clock;
        this.json = json;
    }

    /** The unsigned certificate PDF. */
    public byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            CertificateFonts fonts = CertificateFonts.loadInto(document);
            PDPage page = new PDPage(CertificateLayout.PAGE);
            document.addPage(page);
            PDImageXObject logo = content.councilLogo().map(bytes -> logoImage(document, bytes)).orElse(null);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(stream, fonts);
                drawFrame(stream);
                drawFlow(canvas, content, logo);
                drawBottomBand(canvas, content);
                drawQrCode(stream, content.qrPayload());
            }
            Calendar created = GregorianCalendar.from(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)
                    .atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            describe(document, content, created);
            attachJson(document, json.write(content.summary()), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the certificate", e);
        }
    }

    // ---- drawing ----

    private static void drawFrame(PDPageContentStream s) throws IOException {
        float w = CertificateLayout.PAGE.getWidth();
        float h = CertificateLayout.PAGE.getHeight();
        float outer = CertificateLayout.OUTER_BORDER;
        float inner = CertificateLayout.INNER_BORDER;
        s.setNonStrokingColor(PAPER);
        s.addRect(outer, outer, w - 2 * outer, h - 2 * outer);
        s.fill();
        s.setStrokingColor(NAVY);
        s.setLineWidth(3.5f);
        s.addRect(outer, outer, w - 2 * outer, h - 2 * outer);
        s.stroke();
        s.setStrokingColor(GOLD);
        s.setLineWidth(1f);
        s.addRect(inner, inner, w - 2 * inner, h - 2 * inner);
        s.stroke();
        s.setLineWidth(0.5f);
        s.addRect(inner + 4, inner + 4, w - 2 * inner - 8, h - 2 * inner - 8);
        s.stroke();
        s.setNonStrokingColor(GOLD);
        for (float[] corner : new float[][] {{inner + 2, inner + 2}, {w - inner - 2, inner + 2},
                {inner + 2, h - inner - 2}, {w - inner - 2, h - inner - 2}}) {
            diamond(s, corner[0], corner[1], 7f);
        }
    }

    private static void diamond(PDPageContentStream s, float x, float y, float r) throws IOException {
        s.moveTo(x, y + r);
        s.lineTo(x + r, y);
        s.lineTo(x, y - r);
        s.lineTo(x - r, y);
        s.closePath();
        s.fill();
    }

    /** The centred text from the logo down to the charter line, shrunk as a whole if it would not fit. */
    private static void drawFlow(Canvas canvas, CertificateContent content, PDImageXObject logo) throws IOException {
        CertificateFonts f = canvas.fonts;
        float column = CertificateLayout.PAGE.getWidth() - 2 * CertificateLayout.TEXT_MARGIN;
        boolean pledge = content.kind() == CertificateKind.PLEDGE_SIGNED;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(canvas.drawable(content.councilName(), f.sansBold), f.sansBold, 13f, 9f, column - 80, 2, NAVY, 0f));
        blocks.add(Block.rule(10f));
        blocks.add(new Block(canvas.drawable(content.awardName(), f.serifBold), f.serifBold, 30f, 15f, column - 40, 2, NAVY, 8f));
        blocks.add(new Block(Messages.tr(pledge ? "certificate.pdf.pledgeSignedBy" : "certificate.pdf.awardedTo"),
                f.serif, 12.5f, 9f, column, 1, GREY, 10f));
        blocks.add(new Block(canvas.drawable(content.schoolName(), f.serifBold), f.serifBold, 34f, 12f, column, 4, INK, 6f));
        content.schoolUrn().filter(urn -> !urn.isBlank()).ifPresent(urn -> blocks.add(
                new Block(canvas.drawable(Messages.tr("certificate.pdf.urn", urn), f.sans), f.sans, 10.5f, 8f, column, 1, GREY, 2f)));
        if (!content.statement().isBlank()) {
            blocks.add(new Block(canvas.drawable(content.statement(), f.sans), f.sans, 11.5f, 8f, column - 100, 3, INK, 12f));
        }
        blocks.add(new Block(canvas.drawable(Messages.tr("certificate.pdf.charter", content.charterTitle(),
                content.charterVersion()), f.sans), f.sans, 10.5f, 7.5f, column - 100, 2, GREY, 8f));

        float logoHeight = logo == null ? 0f : 54f;
        float logoGap = logo == null ? 0f : 8f;
        float available = CertificateLayout.FLOW_TOP - CertificateLayout.FLOW_BOTTOM - logoHeight - logoGap;
        List<Laid> laid = null;
        float total = 0;
        for (float scale = 1f; scale >= 0.45f; scale -= 0.05f) {
            laid = new ArrayList<>();
            total = 0;
            for (Block block : blocks) {
                Laid l = block.layOut(scale);
                laid.add(l);
                total += l.height();
            }
            if (total <= available) {
                break;
            }
        }
        // Leftover room is shared: a little above, some between the blocks, the rest below.
        float leftover = Math.max(0f, available - total);
        float extraGap = Math.min(14f, leftover * 0.45f / Math.max(1, laid.size() - 1));
        float y = CertificateLayout.FLOW_TOP - leftover * 0.2f;
        if (logo != null) {
            float scale = Math.min(logoHeight / logo.getHeight(), 180f / logo.getWidth());
            float lw = logo.getWidth() * scale;
            float lh = logo.getHeight() * scale;
            canvas.stream.drawImage(logo, (CertificateLayout.PAGE.getWidth() - lw) / 2f, y - lh, lw, lh);
            y -= logoHeight + logoGap;
        }
        for (int i = 0; i < laid.size(); i++) {
            y = canvas.draw(laid.get(i), y - (i == 0 ? 0f : extraGap));
        }
    }

    private static void drawBottomBand(Canvas canvas, CertificateContent content) throws IOException {
        CertificateFonts f = canvas.fonts;
        boolean pledge = content.kind() == CertificateKind.PLEDGE_SIGNED;
        float left = CertificateLayout.TEXT_MARGIN + 10;
        float y = CertificateLayout.SIGNATURE_BOTTOM + CertificateLayout.SIGNATURE_HEIGHT;
        canvas.textLeft(Messages.tr(pledge ? "certificate.pdf.dateSigned" : "certificate.pdf.dateAwarded"), f.sans, 8.5f, GREY, left, y);
        canvas.textLeft(DATE.format(content.awardedOn()), f.sansBold, 12.5f, INK, left, y - 16);
        canvas.textLeft(Messages.tr("certificate.pdf.validUntil"), f.sans, 8.5f, GREY, left, y - 40);
        canvas.textLeft(DATE.format(content.validUntil()), f.sansBold, 12.5f, INK, left, y - 56);

        // The officer's printed name under the line where the visible signature sits.
        float centre = CertificateLayout.PAGE.getWidth() / 2f;
        var box = CertificateLayout.signatureBox();
        canvas.stream.setStrokingColor(GREY);
        canvas.stream.setLineWidth(0.6f);
        canvas.stream.moveTo(box.getLowerLeftX() - 10, box.getLowerLeftY() - 4);
        canvas.stream.lineTo(box.getUpperRightX() + 10, box.getLowerLeftY() - 4);
        canvas.stream.stroke();
        float nameWidth = box.getWidth() + 60;
        float baseline = box.getLowerLeftY() - 18;
        baseline = canvas.stack(content.officerName(), f.sansBold, 11.5f, 7.5f, 2, INK, centre, nameWidth, baseline);
        canvas.stack(content.officerRole() + ", " + content.councilName(), f.sans, 9f, 6.5f, 2, GREY, centre,
                nameWidth, baseline - 1.5f);

        float qrLeft = CertificateLayout.QR_RIGHT - CertificateLayout.QR_SIZE;
        float numberCentre = qrLeft + CertificateLayout.QR_SIZE / 2f;
        canvas.textCentred(Messages.tr("certificate.pdf.number"), f.sans, 7.5f, GREY, numberCentre, CertificateLayout.QR_BOTTOM - 11);
        canvas.textCentred(canvas.drawable(content.certificateNumber(), f.sansBold), f.sansBold, 9f, INK, numberCentre,
                CertificateLayout.QR_BOTTOM - 23);
    }

    /** The QR code as filled rectangles, one per run of dark modules: crisp at any size, lossless. */
    private static void drawQrCode(PDPageContentStream s, String payload) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the QR code", e);
        }
        float module = CertificateLayout.QR_SIZE / matrix.getWidth();
        float left = CertificateLayout.QR_RIGHT - CertificateLayout.QR_SIZE;
        float top = CertificateLayout.QR_BOTTOM + CertificateLayout.QR_SIZE;
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(left - 4, CertificateLayout.QR_BOTTOM - 4, CertificateLayout.QR_SIZE + 8, CertificateLayout.QR_SIZE + 8);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                s.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        s.fill();
    }

    private static PDImageXObject logoImage(PDDocument document, byte[] bytes) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "council-logo");
            if (image.getWidth() > MAX_LOGO_PIXELS || image.getHeight() > MAX_LOGO_PIXELS) {
                throw new InvalidInputException(Messages.tr("certificate.logoTooLarge"));
            }
            return image;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(Messages.tr("certificate.logoUnreadable"), e);
        }
    }

    // ---- PDF/A-3b: metadata, output intent, the attached JSON ----

    private static void describe(PDDocument document, CertificateContent content, Calendar created) throws IOException {
        String title = content.awardName() + " \u2013 " + content.schoolName();
        String subject = Messages.tr("certificate.pdf.subject", content.certificateNumber());
        String keywords = Messages.tr("certificate.pdf.keywords", content.certificateNumber(), content.reviewSha256());
        String creator = AppVersion.APP_NAME + " " + AppVersion.version();
        String producer = AppVersion.APP_NAME + " (Apache PDFBox)";

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(content.officerName());
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator(creator);
        info.setProducer(producer);
        info.setCreationDate(created);
        info.setModificationDate(created);
        info.setCustomMetadataValue(INFO_CERTIFICATE_NUMBER, content.certificateNumber());
        info.setCustomMetadataValue(INFO_REVIEW_SHA256, content.reviewSha256());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(content.officerName());
        dc.setDescription(subject);
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        pdf.setKeywords(keywords);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(creator);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setMetadataDate(created);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(3);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (TransformerException e) {
            throw new IOException("Cannot write the XMP metadata", e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);
        catalog.setLanguage("en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        ICC_Profile srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb.getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static void attachJson(PDDocument document, byte[] json, Calendar created) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setCreationDate(created);
        file.setModDate(created);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(EMBEDDED_JSON_NAME);
        spec.setFileUnicode(EMBEDDED_JSON_NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(Messages.tr("certificate.pdf.attachmentDescription"));
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(EMBEDDED_JSON_NAME, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    // ---- text layout ----

    /** One centred paragraph of the flowing text, before it is fitted. */
    private record Block(String text, PDFont font, float maxSize, float minSize, float width, int maxLines,
            Color color, float spaceBefore) {

        static Block rule(float spaceBefore) {
            return new Block(null, null, 0, 0, 0, 0, GOLD, spaceBefore);
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

    private record Laid(Block block, TextFitter.Fitted fitted, float height) {
    }

    /** The page's content stream with the fonts, and the few ways text is put on it. */
    private static final class Canvas {
        final PDPageContentStream stream;
        final CertificateFonts fonts;

        Canvas(PDPageContentStream stream, CertificateFonts fonts) {
            this.stream = stream;
            this.fonts = fonts;
        }

        /** Draws a laid-out block below {@code top}; returns the new top. */
        float draw(Laid laid, float top) throws IOException {
            Block block = laid.block();
            float centre = CertificateLayout.PAGE.getWidth() / 2f;
            if (laid.fitted() == null) {
                float y = top - laid.height() + 3f;
                stream.setStrokingColor(GOLD);
                stream.setLineWidth(0.8f);
                stream.moveTo(centre - 70, y);
                stream.lineTo(centre + 70, y);
                stream.stroke();
                stream.setNonStrokingColor(GOLD);
                diamond(stream, centre, y, 3f);
                return top - laid.height();
            }
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
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        String drawable(String text, PDFont font) {
            return CertificateFonts.drawable(text, font);
        }
    }
}
