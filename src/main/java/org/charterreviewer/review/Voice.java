package org.charterreviewer.review;

/**
 * What a pupil, member of staff or family said, attributed by role only, with whether they agreed
 * to it being shared beyond the review. {@code itemId} null means said about the review as a whole.
 */
public record Voice(long id, String itemId, String speakerRole, String said, boolean consentToShare) {
}
