package org.charterreviewer.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The moderation of one review revision: who submitted it and when, and the moderator's decision
 * with comments once there is one. Named by review id and revision, so it can travel between installs.
 *
 * @param contentSha256     the SHA-256 of the revision's canonical review file the decision is about
 * @param submittedBy       the officer who submitted it, null when it arrived by bundle
 * @param submittedFingerprint the submitter's signing certificate fingerprint, when known
 * @param decidedBy         the moderator's name, null until decided
 * @param decidedFingerprint the moderator's signing certificate fingerprint
 * @param fromFile          true when the decision came in a signed decision file from the moderator's install
 */
public record Moderation(UUID reviewId, int revision, ModerationState state, String contentSha256,
        String submittedBy, String submittedFingerprint, Instant submittedAt, String decidedBy, String decidedRole,
        String decidedFingerprint, Instant decidedAt, boolean fromFile, List<ModerationComment> comments) {

    public Moderation {
        comments = List.copyOf(comments);
    }

    public boolean approved() {
        return state == ModerationState.APPROVED;
    }

    /** The comments about the review as a whole, in the order written. */
    public List<ModerationComment> overallComments() {
        return comments.stream().filter(ModerationComment::overall).toList();
    }

    /** The comments about one item, in the order written. */
    public List<ModerationComment> commentsOn(String itemId) {
        return comments.stream().filter(c -> itemId.equals(c.itemId())).toList();
    }
}
