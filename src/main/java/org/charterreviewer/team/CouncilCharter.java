package org.charterreviewer.team;

/** One charter version in the council's library: its exact file and place in the change list. */
public record CouncilCharter(String charterId, String version, String contentSha256, String jsonText, long changeNo) {
}
