package org.charterreviewer.team;

import org.charterreviewer.moderation.Moderation;

/**
 * A submission or a decision as the council database holds it: the moderation step, the server
 * role that added it, and its change number.
 */
public record CouncilModeration(Moderation moderation, String officer, long changeNo) {
}
