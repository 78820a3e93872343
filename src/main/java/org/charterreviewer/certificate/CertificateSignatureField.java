package org.charterreviewer.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.pdf.PdfStructure;

/**
 * The empty signature fields the certificate is drawn with: the officer's, and the moderator's for
 * a countersignature. Both exist before the first signature, each with its own name (a second
 * signature must not reuse the first one's field), so that they are already tagged (a {@code Form}
 * element in the reading order, with a description), as PDF/UA asks: a signer only fills one, and
 * each signature covers the tagged file.
 */
final class CertificateSignatureField {

    static final String NAME = "OfficerSignature";
    static final String MODERATOR_NAME = "ModeratorSignature";

    private CertificateSignatureField() {
    }

    /** Adds the officer's field to {@code page}, tagged as the next element of {@code structure}. */
    static void addTo(PDDocument document, PDPage page, PdfStructure structure) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        add(document, form, page, structure, NAME, CertificateLayout.signatureBox(), Messages.tr("certificate.pdf.signatureField"));
    }

    /** Adds the moderator's field beside the officer's; call after {@link #addTo}. */
    static void addModeratorTo(PDDocument document, PDPage page, PdfStructure structure) throws IOException {
        add(document, document.getDocumentCatalog().getAcroForm(), page, structure, MODERATOR_NAME,
                CertificateLayout.countersignatureBox(), Messages.tr("certificate.pdf.countersignatureField"));
    }

    private static void add(PDDocument document, PDAcroForm form, PDPage page, PdfStructure structure, String name,
            PDRectangle box, String description) throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(name);
        field.setAlternateFieldName(description);
        form.getFields().add(field);

        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(box);
        widget.setPrinted(true);
        widget.setPage(page);
        widget.setContents(description);
        // Until it is signed the field shows nothing; PDF/A still wants an appearance.
        PDFormXObject blank = new PDFormXObject(new PDStream(document));
        blank.setResources(new PDResources());
        blank.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceStream(blank.getCOSObject()));
        widget.setAppearance(appearance);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(widget);
        page.setAnnotations(annotations);

        PDStructureElement element = structure.add(structure.document(), PdfStructure.FORM);
        element.setAlternateDescription(description);
        structure.annotation(widget, page, element);
    }

    /** The certificate's signature field called {@code name} if it is there and still unsigned. */
    static Optional<PDSignatureField> unsigned(PDDocument document, String name) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        if (form == null) {
            return Optional.empty();
        }
        PDField field = form.getField(name);
        if (field instanceof PDSignatureField signature
                && signature.getCOSObject().getDictionaryObject(COSName.V) == null) {
            return Optional.of(signature);
        }
        return Optional.empty();
    }
}
