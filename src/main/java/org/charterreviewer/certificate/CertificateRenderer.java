package org.charterreviewer.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.AppVersion;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.certificate.CertificateCanvas.Block;
import org.charterreviewer.certificate.CertificateCanvas.Laid;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.json.CanonicalJson;
import org.charterreviewer.pdf.PdfMetadata;
import org.charterreviewer.pdf.PdfStructure;

/**
 * Draws the certificate: one A4 landscape page meant to be printed and framed, as a tagged PDF/A-3b
 * and PDF/UA-1 file with embedded fonts, XMP metadata, an sRGB output intent and the certificate
 * summary JSON attached. Its structure reads in order: logo, council, award, school, dates, the
 * signature field (left empty for {@link PdfSigner}), officer, number and QR code, each figure with
 * words for a screen reader; the frame and rules are artifacts.
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
            PdfStructure structure = new PdfStructure(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                CertificateCanvas canvas = new CertificateCanvas(stream, fonts, structure, page);
                canvas.artifact(() -> drawFrame(stream));
                drawFlow(canvas, content, logo);
                drawBottomBand(document, page, canvas, content);
                PDStructureElement qr = structure.figure(structure.document(),
                        Messages.tr("certificate.pdf.qrAlt", content.certificateNumber()));
                canvas.tagged(qr, () -> drawQrCode(stream, content.qrPayload()));
            }
            structure.finish();
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

    static void diamond(PDPageContentStream s, float x, float y, float r) throws IOException {
        s.moveTo(x, y + r);
        s.lineTo(x + r, y);
        s.lineTo(x, y - r);
        s.lineTo(x - r, y);
        s.closePath();
        s.fill();
    }

    /** The centred text from the logo down to the charter line, shrunk as a whole if it would not fit. */
    private static void drawFlow(CertificateCanvas canvas, CertificateContent content, PDImageXObject logo) throws IOException {
        CertificateFonts f = canvas.fonts;
        float column = CertificateLayout.PAGE.getWidth() - 2 * CertificateLayout.TEXT_MARGIN;
        boolean pledge = content.kind() == CertificateKind.PLEDGE_SIGNED;
        String p = PdfStructure.PARAGRAPH;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(canvas.drawable(content.councilName(), f.sansBold), f.sansBold, 13f, 9f, column - 80, 2, NAVY, 0f, p));
        blocks.add(Block.rule(10f));
        // The award's name is the page's one heading; the rest reads as paragraphs under it.
        blocks.add(new Block(canvas.drawable(content.awardName(), f.serifBold), f.serifBold, 30f, 15f, column - 40, 2, NAVY, 8f,
                PdfStructure.heading(1)));
        content.awardLevel().ifPresent(level -> blocks.add(new Block(canvas.drawable(
                Messages.tr("certificate.pdf.level", level), f.serifBold), f.serifBold, 20f, 11f, column - 40, 1, NAVY, 4f,
                PdfStructure.PARAGRAPH)));
        blocks.add(new Block(Messages.tr(pledge ? "certificate.pdf.pledgeSignedBy" : "certificate.pdf.awardedTo"),
                f.serif, 12.5f, 9f, column, 1, GREY, 10f, p));
        blocks.add(new Block(canvas.drawable(content.schoolName(), f.serifBold), f.serifBold, 34f, 12f, column, 4, INK, 6f, p));
        content.schoolUrn().filter(urn -> !urn.isBlank()).ifPresent(urn -> blocks.add(
                new Block(canvas.drawable(Messages.tr("certificate.pdf.urn", urn), f.sans), f.sans, 10.5f, 8f, column, 1, GREY, 2f, p)));
        content.signatory().ifPresent(signatory -> blocks.add(new Block(canvas.drawable(signatory, f.sans), f.sans,
                11f, 8f, column - 100, 2, INK, 6f, PdfStructure.PARAGRAPH)));
        if (!content.statement().isBlank()) {
            blocks.add(new Block(canvas.drawable(content.statement(), f.sans), f.sans, 11.5f, 8f, column - 100, 3, INK, 12f, p));
        }
        blocks.add(new Block(canvas.drawable(Messages.tr("certificate.pdf.charter", content.charterTitle(),
                content.charterVersion()), f.sans), f.sans, 10.5f, 7.5f, column - 100, 2, GREY, 8f, p));

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
            float top = y;
            PDStructureElement figure = canvas.structure.figure(canvas.structure.document(),
                    Messages.tr("certificate.pdf.logoAlt", content.councilName()));
            canvas.tagged(figure, () -> canvas.stream.drawImage(logo, (CertificateLayout.PAGE.getWidth() - lw) / 2f,
                    top - lh, lw, lh));
            y -= logoHeight + logoGap;
        }
        for (int i = 0; i < laid.size(); i++) {
            y = canvas.draw(laid.get(i), y - (i == 0 ? 0f : extraGap));
        }
    }

    private static void drawBottomBand(PDDocument document, PDPage page, CertificateCanvas canvas,
            CertificateContent content) throws IOException {
        CertificateFonts f = canvas.fonts;
        boolean pledge = content.kind() == CertificateKind.PLEDGE_SIGNED;
        float left = CertificateLayout.TEXT_MARGIN + 10;
        float y = CertificateLayout.SIGNATURE_BOTTOM + CertificateLayout.SIGNATURE_HEIGHT;
        canvas.open(PdfStructure.PARAGRAPH);
        canvas.textLeft(Messages.tr(pledge ? "certificate.pdf.dateSigned" : "certificate.pdf.dateAwarded"), f.sans, 8.5f, GREY, left, y);
        canvas.textLeft(Dates.day(content.awardedOn()), f.sansBold, 12.5f, INK, left, y - 16);
        canvas.open(PdfStructure.PARAGRAPH);
        canvas.textLeft(Messages.tr("certificate.pdf.validUntil"), f.sans, 8.5f, GREY, left, y - 40);
        canvas.textLeft(content.validUntil() == null ? Messages.tr("certificate.pdf.noEndDate")
                : Dates.day(content.validUntil()), f.sansBold, 12.5f, INK, left, y - 56);

        // The officer's printed name under the line where the visible signature sits.
        var box = CertificateLayout.signatureBox();
        float centre = box.getLowerLeftX() + box.getWidth() / 2f;
        CertificateSignatureField.addTo(document, page, canvas.structure);
        signatureLine(canvas, box);
        float nameWidth = box.getWidth() + 20;
        float baseline = box.getLowerLeftY() - 18;
        canvas.open(PdfStructure.PARAGRAPH);
        baseline = canvas.stack(content.officerName(), f.sansBold, 11.5f, 7.5f, 2, INK, centre, nameWidth, baseline);
        canvas.open(PdfStructure.PARAGRAPH);
        canvas.stack(content.officerRole() + ", " + content.councilName(), f.sans, 9f, 6.5f, 2, GREY, centre,
                nameWidth, baseline - 1.5f);

        // Beside it, the moderator's field, left empty until a countersignature fills it.
        var moderatorBox = CertificateLayout.countersignatureBox();
        CertificateSignatureField.addModeratorTo(document, page, canvas.structure);
        signatureLine(canvas, moderatorBox);
        canvas.open(PdfStructure.PARAGRAPH);
        canvas.stack(Messages.tr("certificate.pdf.countersignatureCaption"), f.sans, 9f, 6.5f, 2, GREY,
                moderatorBox.getLowerLeftX() + moderatorBox.getWidth() / 2f, moderatorBox.getWidth() + 20,
                moderatorBox.getLowerLeftY() - 18);

        float qrLeft = CertificateLayout.QR_RIGHT - CertificateLayout.QR_SIZE;
        float numberCentre = qrLeft + CertificateLayout.QR_SIZE / 2f;
        canvas.open(PdfStructure.PARAGRAPH);
        canvas.textCentred(Messages.tr("certificate.pdf.number"), f.sans, 7.5f, GREY, numberCentre, CertificateLayout.QR_BOTTOM - 11);
        canvas.textCentred(canvas.drawable(content.certificateNumber(), f.sansBold), f.sansBold, 9f, INK, numberCentre,
                CertificateLayout.QR_BOTTOM - 23);
    }

    private static void signatureLine(CertificateCanvas canvas, org.apache.pdfbox.pdmodel.common.PDRectangle box)
            throws IOException {
        canvas.artifact(() -> {
            canvas.stream.setStrokingColor(GREY);
            canvas.stream.setLineWidth(0.6f);
            canvas.stream.moveTo(box.getLowerLeftX() - 6, box.getLowerLeftY() - 4);
            canvas.stream.lineTo(box.getUpperRightX() + 6, box.getLowerLeftY() - 4);
            canvas.stream.stroke();
        });
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

    // ---- PDF/A-3b and PDF/UA-1: metadata, the attached JSON ----

    private static void describe(PDDocument document, CertificateContent content, Calendar created) throws IOException {
        String title = content.awardName() + " \u2013 " + content.schoolName();
        new PdfMetadata(title, content.officerName(), Messages.tr("certificate.pdf.subject", content.certificateNumber()),
                Messages.tr("certificate.pdf.keywords", content.certificateNumber(), content.reviewSha256()),
                AppVersion.APP_NAME + " " + AppVersion.version(), AppVersion.APP_NAME + " (Apache PDFBox)", created)
                .applyTo(document, 3, 'B');
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCustomMetadataValue(INFO_CERTIFICATE_NUMBER, content.certificateNumber());
        info.setCustomMetadataValue(INFO_REVIEW_SHA256, content.reviewSha256());
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
}
