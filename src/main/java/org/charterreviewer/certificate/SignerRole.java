package org.charterreviewer.certificate;

import org.charterreviewer.i18n.Messages;

/** Who a signature on a certificate is from, told by the field it fills. */
public enum SignerRole {
    /** The officer who reviewed the school and issued the certificate. */
    OFFICER,
    /** A second officer who checked the review and countersigned. */
    MODERATOR,
    /** A timestamp server's document timestamp over the whole file, added by {@code certificate extend}. */
    TIMESTAMP,
    /** A signature in a field Charter Reviewer did not make. */
    OTHER;

    /** The role in words, for people. */
    public String label() {
        return Messages.tr("certificate.verify.role." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The role as one lower-case word, for machines. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static SignerRole ofField(String fieldName) {
        if (CertificateSignatureField.NAME.equals(fieldName)) {
            return OFFICER;
        }
        return CertificateSignatureField.MODERATOR_NAME.equals(fieldName) ? MODERATOR : OTHER;
    }
}
