package org.charterreviewer.charter;

import java.util.List;

/**
 * The charter's rule for awarding its status: every condition must hold. The summary is the
 * charter author's plain description of the rule, shown to officers and printed on reports.
 */
public record AwardRule(String summary, List<AwardCondition> conditions) {

    public AwardRule {
        conditions = List.copyOf(conditions);
    }
}
