package org.charterreviewer.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Whether what was saved after an earlier signature changes nothing a reader of the certificate
 * sees. A countersignature is an incremental update that fills the moderator's field; the earlier
 * signature still verifies over its own bytes, but its signer vouches only for what was there then.
 * So the later file must show the same pages (content streams byte for byte, the same number of
 * visible annotations, so nothing is laid over the text), the same certificate number and review hash and
 * the same attached review summary. Only a signature's appearance in its existing field may differ.
 */
final class SignedRevisions {

    private SignedRevisions() {
    }

    /** True when {@code whole} reads the same as its first {@code revisionLength} bytes did. */
    static boolean onlySignaturesAddedAfter(byte[] whole, PDDocument wholeDocument, int revisionLength) {
        try (PDDocument revision = Loader.loadPDF(Arrays.copyOf(whole, revisionLength))) {
            if (revision.getNumberOfPages() != wholeDocument.getNumberOfPages()) {
                return false;
            }
            for (int i = 0; i < revision.getNumberOfPages(); i++) {
                PDPage before = revision.getPage(i);
                PDPage after = wholeDocument.getPage(i);
                if (!Arrays.equals(contents(before), contents(after))
                        || visibleAnnotations(before) != visibleAnnotations(after)) {
                    return false;
                }
            }
            return sameInfo(revision.getDocumentInformation(), wholeDocument.getDocumentInformation())
                    && Arrays.equals(SignatureVerifier.embeddedJson(revision), SignatureVerifier.embeddedJson(wholeDocument));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Annotations that can show anything: a document timestamp's field has a widget of no size,
     * which {@code certificate extend} adds after the signatures.
     */
    private static long visibleAnnotations(PDPage page) throws IOException {
        return page.getAnnotations().stream().filter(annotation -> {
            PDRectangle box = annotation.getRectangle();
            return box == null || box.getWidth() != 0 && box.getHeight() != 0;
        }).count();
    }

    private static byte[] contents(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static boolean sameInfo(PDDocumentInformation before, PDDocumentInformation after) {
        for (String key : new String[] {CertificateRenderer.INFO_CERTIFICATE_NUMBER, CertificateRenderer.INFO_REVIEW_SHA256}) {
            if (!Objects.equals(before == null ? null : before.getCustomMetadataValue(key),
                    after == null ? null : after.getCustomMetadataValue(key))) {
                return false;
            }
        }
        return true;
    }
}
