package org.charterreviewer.review;

/**
 * A note on one item ({@code itemId} set; one per item) or on the whole review ({@code itemId} null).
 * Internal notes are left out of what the school and bundles see.
 */
public record Note(long id, String itemId, String body, boolean internal) {
}
