package org.charterreviewer.charter;

import java.util.List;
import java.util.Optional;

/** The charter's own scale, lowest level first. Number keys 1..n pick levels in this order. */
public record JudgementScale(List<Level> levels) {

    public JudgementScale {
        levels = List.copyOf(levels);
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** True when {@code levelId} is at or above {@code thresholdId} on this scale (by points). */
    public boolean isAtLeast(String levelId, String thresholdId) {
        Optional<Level> level = level(levelId);
        Optional<Level> threshold = level(thresholdId);
        return level.isPresent() && threshold.isPresent() && level.get().points() >= threshold.get().points();
    }

    /** One level: its id, the label officers see, what it means, and its points. */
    public record Level(String id, String label, String descriptor, int points) {
    }
}
