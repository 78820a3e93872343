package org.charterreviewer.moderation;

/**
 * A moderator's comment on a decision.
 *
 * @param itemId the charter item it is about, or null for the review as a whole
 */
public record ModerationComment(String itemId, String text) {

    public boolean overall() {
        return itemId == null;
    }
}
