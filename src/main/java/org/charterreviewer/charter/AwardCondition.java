package org.charterreviewer.charter;

import java.util.List;

/**
 * One condition of an award rule. {@code sections} limits a condition to named sections; empty
 * means every judged section. The file format names them by {@code "type"}, shown on each.
 */
public sealed interface AwardCondition {

    /** {@code "everyItemAtLeast"}: every judged item is at or above {@code level}. */
    record EveryItemAtLeast(String level, List<String> sections) implements AwardCondition {
        public EveryItemAtLeast {
            sections = List.copyOf(sections);
        }
    }

    /**
     * {@code "shareOfItemsAtLeast"}: in each section (or across the charter, {@code perSection}
     * false), the share of items at or above {@code level} is more than {@code share}
     * ({@code strictlyMore}, so 0.5 means "most") or at least {@code share}.
     */
    record ShareOfItemsAtLeast(String level, double share, boolean strictlyMore, boolean perSection,
            List<String> sections) implements AwardCondition {
        public ShareOfItemsAtLeast {
            sections = List.copyOf(sections);
        }
    }

    /** {@code "everyItemHasEvidence"}: every judged item has at least {@code minimum} linked evidence files. */
    record EveryItemHasEvidence(int minimum, List<String> sections) implements AwardCondition {
        public EveryItemHasEvidence {
            sections = List.copyOf(sections);
        }
    }

    /** {@code "signatoryRecorded"}: a pledge has a signatory with name, role, organisation and date. */
    record SignatoryRecorded() implements AwardCondition {
    }
}
