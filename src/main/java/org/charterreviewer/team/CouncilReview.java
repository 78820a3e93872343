package org.charterreviewer.team;

import java.util.UUID;

/**
 * One finalised review revision as the council database holds it: the review file's bytes, who
 * pushed it and its place in the council's change list.
 */
public record CouncilReview(UUID reviewId, int revision, String contentSha256, String schoolUrn, String officer,
        byte[] document, long changeNo) {
}
