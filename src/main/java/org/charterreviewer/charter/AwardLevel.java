package org.charterreviewer.charter;

import java.util.List;

/** One award level of a charter ("Bronze", "Silver", "Gold"): its id, the name printed, its conditions. */
public record AwardLevel(String id, String name, List<AwardCondition> conditions) {

    public AwardLevel {
        conditions = List.copyOf(conditions);
    }
}
