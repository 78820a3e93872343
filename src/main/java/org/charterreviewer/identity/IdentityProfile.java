package org.charterreviewer.identity;

/**
 * The public, unsecret part of the identity kept beside the key store: who the officer is and
 * the file name of the council logo, if any.
 */
public record IdentityProfile(String officerName, String role, String councilName, String logoFile) {
}
