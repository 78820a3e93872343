package org.charterreviewer.team;

import java.time.LocalDate;
import java.util.List;

/**
 * A conflict with both versions in words, side by side: this laptop's and the other officer's
 * (who finalised it and when, the decision, what was recorded), for a person to choose between.
 * {@code school} and {@code visitDate} (null when none was recorded) say which review it is, in the
 * words an officer knows it by.
 */
public record ConflictVersions(Conflict conflict, String school, LocalDate visitDate, List<String> mine,
        List<String> theirs) {
}
