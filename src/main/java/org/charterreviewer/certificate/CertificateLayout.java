package org.charterreviewer.certificate;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The fixed geometry of the certificate page, shared by the renderer (which leaves the signature
 * area free) and the signer (which puts the visible signature there).
 */
public final class CertificateLayout {

    /** A4 landscape, in points. */
    public static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    static final float OUTER_BORDER = 20f;
    static final float INNER_BORDER = 28f;
    /** Left and right edge of the text column. */
    static final float TEXT_MARGIN = 70f;
    /** The top of the flowing text. */
    static final float FLOW_TOP = PAGE.getHeight() - 48f;
    /** The bottom of the flowing text; below it the dates, signature and QR code sit in a fixed band. */
    static final float FLOW_BOTTOM = 188f;

    static final float SIGNATURE_WIDTH = 200f;
    static final float SIGNATURE_HEIGHT = 64f;
    static final float SIGNATURE_BOTTOM = 98f;
    /** The two signature boxes (officer's, moderator's) sit side by side, centred between the dates and the QR code. */
    static final float SIGNATURE_GAP = 24f;
    static final float SIGNATURES_CENTRE = 443.5f;

    static final float QR_SIZE = 88f;
    static final float QR_RIGHT = PAGE.getWidth() - TEXT_MARGIN;
    static final float QR_BOTTOM = 78f;

    private CertificateLayout() {
    }

    /** Where the officer's visible signature goes: in the bottom band, above the officer's printed name. */
    public static PDRectangle signatureBox() {
        return new PDRectangle(SIGNATURES_CENTRE - SIGNATURE_GAP / 2f - SIGNATURE_WIDTH, SIGNATURE_BOTTOM,
                SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
    }

    /** Where the moderator's visible countersignature goes: beside the officer's, to the right. */
    public static PDRectangle countersignatureBox() {
        return new PDRectangle(SIGNATURES_CENTRE + SIGNATURE_GAP / 2f, SIGNATURE_BOTTOM, SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
    }
}
