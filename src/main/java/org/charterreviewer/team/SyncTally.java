package org.charterreviewer.team;

import java.util.ArrayList;
import java.util.List;

/** Counts kept while a sync runs, turned into a {@link SyncReport} at its end. */
final class SyncTally {

    int reviewsPushed;
    int reviewsPulled;
    int conflictsFound;
    int chartersPulled;
    int schoolsPulled;
    int schoolsErased;
    int moderationsPushed;
    int moderationsPulled;
    final List<String> problems = new ArrayList<>();

    SyncReport report(java.time.Instant finishedAt) {
        return new SyncReport(reviewsPushed, reviewsPulled, conflictsFound, chartersPulled, schoolsPulled,
                schoolsErased, List.copyOf(problems), finishedAt, moderationsPushed, moderationsPulled);
    }
}
