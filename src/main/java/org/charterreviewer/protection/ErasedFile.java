package org.charterreviewer.protection;

/**
 * One evidence file that a deletion takes away from a review (from every revision of it).
 * {@code contentKept} is true when the same content is also attached to a review that stays, so its
 * bytes stay in the database for that review.
 */
public record ErasedFile(String name, long sizeBytes, String sha256, boolean contentKept) {
}
