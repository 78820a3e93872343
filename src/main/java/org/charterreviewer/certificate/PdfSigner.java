package org.charterreviewer.certificate;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.identity.SigningIdentity;
import org.charterreviewer.storage.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a certificate PDF with the officer's key: PAdES baseline B (sub-filter
 * {@code ETSI.CAdES.detached}, CMS with the ESS signing-certificate-v2 attribute, SHA-256), with a
 * visible signature block in the space the design leaves for it. The signature is added as an
 * incremental update written to a temporary file and moved into place, so the target is either
 * the old file or the complete signed one. With a timestamp server, the signature also carries its
 * timestamp (B-T) and a second update adds the validation data (B-LT, see {@link ValidationData}).
 */
public final class PdfSigner {

    private static final Logger LOG = LoggerFactory.getLogger(PdfSigner.class);

    public static final String SUB_FILTER = "ETSI.CAdES.detached";
    static final ZoneId SHOWN_ZONE = ZoneId.of("Europe/London");
    /** Room for a timestamp token with its server's certificate chain. */
    static final int TIMESTAMP_ROOM = 16_000;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm z", Locale.UK);

    private final Clock clock;
    private final Supplier<Optional<TimestampAuthority>> trustedTime;

    /** A signer that asks no timestamp server (PAdES B-B). */
    public PdfSigner(Clock clock) {
        this(clock, Optional::empty);
    }

    /**
     * A signer that, whenever {@code trustedTime} names a timestamp server, has each signature
     * timestamped (B-T) and then adds the validation data (B-LT).
     */
    public PdfSigner(Clock clock, Supplier<Optional<TimestampAuthority>> trustedTime) {
        this.clock = clock;
        this.trustedTime = trustedTime;
    }

    /** Signs {@code unsignedPdf} (as made by {@link CertificateRenderer}) and writes the result to {@code target}. */
    public void sign(byte[] unsignedPdf, SigningIdentity identity, Path target) {
        try {
            AtomicFileWriter.write(target, out -> sign(unsignedPdf, identity, out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signed certificate to " + target, e);
        }
    }

    /** Signs {@code unsignedPdf} and writes the whole signed file to {@code out}. */
    public void sign(byte[] unsignedPdf, SigningIdentity identity, OutputStream out) throws IOException {
        signField(unsignedPdf, identity, Slot.OFFICER, out);
        LOG.info("Certificate signed");
    }

    /**
     * Adds the moderator's countersignature to a certificate the officer has signed, as an
     * incremental update in the moderator's own field: the officer's signed bytes stay exactly as
     * they were, so the first signature stays valid. The caller checks who may countersign.
     */
    public void countersign(byte[] signedPdf, SigningIdentity moderator, OutputStream out) throws IOException {
        signField(signedPdf, moderator, Slot.MODERATOR, out);
        LOG.info("Certificate countersigned");
    }

    /** Which of the certificate's two fields a signature goes into, and how its box reads. */
    private enum Slot {
        OFFICER(CertificateSignatureField.NAME, "certificate.signature.reason", "certificate.signature.signedBy"),
        MODERATOR(CertificateSignatureField.MODERATOR_NAME, "certificate.signature.countersignReason",
                "certificate.signature.countersignedBy");

        final String field;
        final String reasonKey;
        final String headingKey;

        Slot(String field, String reasonKey, String headingKey) {
            this.field = field;
            this.reasonKey = reasonKey;
            this.headingKey = headingKey;
        }

        PDRectangle box() {
            return this == OFFICER ? CertificateLayout.signatureBox() : CertificateLayout.countersignatureBox();
        }

        String roleLine(SigningIdentity identity) {
            return this == OFFICER ? identity.role() : Messages.tr("certificate.signature.moderatorRole", identity.role());
        }
    }

    private void signField(byte[] pdf, SigningIdentity identity, Slot slot, OutputStream out) throws IOException {
        Optional<TimestampAuthority> authority = trustedTime.get();
        if (authority.isEmpty()) {
            signField(pdf, identity, slot, authority, out);
            return;
        }
        // The timestamp is asked for while signing; only then is the validation data known.
        ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 48 * 1024);
        signField(pdf, identity, slot, authority, signed);
        out.write(ValidationData.appendTo(signed.toByteArray()));
    }

    private void signField(byte[] pdf, SigningIdentity identity, Slot slot, Optional<TimestampAuthority> authority,
            OutputStream out) throws IOException {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Calendar signingTime = GregorianCalendar.from(now.atZone(ZoneId.of("UTC")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(identity.officerName());
            signature.setLocation(identity.councilName());
            signature.setReason(Messages.tr(slot.reasonKey));
            signature.setSignDate(signingTime);

            // The certificate's own tagged field takes the signature; PDFBox finds it by its value.
            CertificateSignatureField.unsigned(document, slot.field)
                    .ifPresent(field -> field.getCOSObject().setItem(COSName.V, signature));
            PDRectangle box = slot.box();
            // The box is given in page space; SignatureOptions' template uses the same page size.
            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(new ByteArrayInputStream(visibleSignatureTemplate(document.getPage(0), box,
                        Messages.tr(slot.headingKey), identity, slot.roleLine(identity), now.atZone(SHOWN_ZONE))));
                options.setPage(0);
                options.setPreferredSignatureSize(preferredSize(identity.chain())
                        + (authority.isPresent() ? TIMESTAMP_ROOM : 0));
                document.addSignature(signature, new CadesSignature(identity, authority), options);
                document.saveIncremental(out);
            }
        }
    }

    /** Room for the CMS: the certificates it carries plus the signature and attributes, generously. */
    private static int preferredSize(List<X509Certificate> chain) {
        int size = 6000;
        for (X509Certificate certificate : chain) {
            try {
                size += certificate.getEncoded().length + 200;
            } catch (GeneralSecurityException e) {
                size += 4000;
            }
        }
        return size;
    }

    /**
     * A one-page document whose only content is the signature field and its appearance; PDFBox
     * merges it into the signed file. Its font is the bundled DejaVu, embedded, as PDF/A requires.
     */
    private static byte[] visibleSignatureTemplate(PDPage original, PDRectangle box, String heading,
            SigningIdentity identity, String roleLine, ZonedDateTime signedAt) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(original.getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(box);
            widget.setPrinted(true);
            widget.setPage(page);

            PDFormXObject appearanceForm = new PDFormXObject(new PDStream(template));
            appearanceForm.setResources(new PDResources());
            appearanceForm.setFormType(1);
            appearanceForm.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(appearanceForm.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDFont sans = CertificateFonts.load(template, "DejaVuSans.ttf");
            PDFont bold = CertificateFonts.load(template, "DejaVuSans-Bold.ttf");
            float width = box.getWidth() - 16;
            try (PDPageContentStream cs = new PDPageContentStream(template, stream)) {
                cs.setStrokingColor(CertificateRenderer.GOLD);
                cs.setLineWidth(0.6f);
                cs.addRect(0.5f, 0.5f, box.getWidth() - 1, box.getHeight() - 1);
                cs.stroke();
                float top = box.getHeight() - 12;
                top = lines(cs, sans, 7f, 7f, 1, CertificateRenderer.GREY, heading, top, width);
                top = lines(cs, bold, 11f, 7f, 2, CertificateRenderer.NAVY, identity.officerName(), top - 3, width);
                lines(cs, sans, 8f, 5f, 1, CertificateRenderer.INK, roleLine, top, width);
                lines(cs, sans, 7.5f, 5.5f, 1, CertificateRenderer.GREY,
                        Messages.tr("certificate.signature.signedAt", SHOWN_TIME.format(signedAt)), 6, width);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            template.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Draws left-aligned lines from {@code baseline} down; returns the next line's baseline. */
    private static float lines(PDPageContentStream cs, PDFont font, float maxSize, float minSize, int maxLines,
            Color color, String text, float baseline, float width) throws IOException {
        TextFitter.Fitted fitted = TextFitter.fit(CertificateFonts.drawable(text, font), font, width, maxSize, minSize, maxLines);
        float y = baseline;
        for (String line : fitted.lines()) {
            cs.beginText();
            cs.setFont(font, fitted.size());
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset(8, y);
            cs.showText(line);
            cs.endText();
            y -= fitted.size() * 1.2f;
        }
        return y;
    }

    /** Makes the detached CAdES CMS over the bytes PDFBox hands in (everything but /Contents). */
    private static final class CadesSignature implements SignatureInterface {
        private final SigningIdentity identity;
        private final Optional<TimestampAuthority> authority;

        CadesSignature(SigningIdentity identity, Optional<TimestampAuthority> authority) {
            this.identity = identity;
            this.authority = authority;
        }

        @Override
        public byte[] sign(InputStream content) throws IOException {
            try {
                X509Certificate certificate = identity.certificate();
                byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
                IssuerSerial issuerSerial = new IssuerSerial(
                        new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                        certificate.getSerialNumber());
                AttributeTable signingCertificate = new AttributeTable(new Attribute(
                        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                        new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash, issuerSerial)))));
                // PAdES keeps the signing time in the signature dictionary (/M), not in the CMS.
                CMSAttributeTableGenerator signedAttributes = parameters ->
                        new DefaultSignedAttributeTableGenerator(signingCertificate).getAttributes(parameters)
                                .remove(CMSAttributes.signingTime);
                String algorithm = "EC".equals(identity.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
                ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(identity.privateKey());
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build())
                        .setSignedAttributeGenerator(signedAttributes)
                        .build(signer, certificate));
                generator.addCertificates(new JcaCertStore(identity.chain()));
                CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
                if (authority.isPresent()) {
                    signed = TimestampTokens.stampSignature(signed, authority.get());
                }
                return signed.getEncoded("DER");
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IOException("Cannot make the signature", e);
            }
        }
    }
}
