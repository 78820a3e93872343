package org.charterreviewer.charter;

/**
 * What the certificate says: the award's name (e.g. "#YES Co-Production Charter Status"), how
 * many months it is valid, and a sentence about what the school has shown.
 */
public record CertificateWording(String awardName, int validityMonths, String statement) {
}
