package org.charterreviewer.team;

import java.time.Instant;
import java.util.List;

/**
 * What one sync did. {@code problems} are things a person should look at that did not stop the
 * sync (a certificate number already used for another review, a charter version that differs).
 * {@code moderationsPushed} and {@code moderationsPulled} count submissions and decisions.
 */
public record SyncReport(int reviewsPushed, int reviewsPulled, int conflictsFound, int chartersPulled,
        int schoolsPulled, int schoolsErased, List<String> problems, Instant finishedAt, int moderationsPushed,
        int moderationsPulled) {
}
