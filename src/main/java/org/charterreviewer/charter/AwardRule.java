package org.charterreviewer.charter;

import java.util.List;

/**
 * The charter's rule for awarding its status. Either one set of conditions, all of which must hold,
 * or (format 2) ordered award levels, lowest first, each with its own conditions: the outcome is the
 * highest level reached, a level being reached when its conditions and those of every level below it
 * hold. The summary is the charter author's plain description of the rule, shown to officers and
 * printed on reports.
 */
public record AwardRule(String summary, List<AwardCondition> conditions, List<AwardLevel> levels) {

    public AwardRule {
        conditions = List.copyOf(conditions);
        levels = List.copyOf(levels);
    }

    /** A rule without levels: every condition must hold. */
    public AwardRule(String summary, List<AwardCondition> conditions) {
        this(summary, conditions, List.of());
    }

    public boolean hasLevels() {
        return !levels.isEmpty();
    }
}
