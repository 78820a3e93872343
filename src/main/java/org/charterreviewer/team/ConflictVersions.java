package org.charterreviewer.team;

import java.util.List;

/**
 * A conflict with both versions in words, side by side: this laptop's and the other officer's
 * (who finalised it and when, the decision, what was recorded), for a person to choose between.
 */
public record ConflictVersions(Conflict conflict, List<String> mine, List<String> theirs) {
}
