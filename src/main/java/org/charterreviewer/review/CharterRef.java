package org.charterreviewer.review;

/** The charter version a review is pinned to, with the SHA-256 of its JSON text as imported. */
public record CharterRef(String id, String version, String sha256) {

    public String reference() {
        return id + "@" + version;
    }
}
