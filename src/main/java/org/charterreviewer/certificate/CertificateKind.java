package org.charterreviewer.certificate;

/** Which certificate to draw: a charter status awarded after a review, or a pledge signed by a setting. */
public enum CertificateKind {
    CHARTER_STATUS,
    PLEDGE_SIGNED
}
