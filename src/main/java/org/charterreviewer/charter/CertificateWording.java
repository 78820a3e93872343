package org.charterreviewer.charter;

/**
 * What the certificate says: the award's name (e.g. "#YES Co-Production Charter Status"), how
 * many months it is valid, and a sentence about what the school has shown.
 *
 * @param validityMonths 0 when the charter states no validity (format 2): the award then has no end
 *                       date and is never due for renewal
 */
public record CertificateWording(String awardName, int validityMonths, String statement) {

    /** Whether an award under this charter runs out. */
    public boolean hasEndDate() {
        return validityMonths > 0;
    }
}
