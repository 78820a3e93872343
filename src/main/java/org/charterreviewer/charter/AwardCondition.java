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
     *
     * @param fraction the share as the charter wrote it when it is a fraction ("2/3", format 2), else
     *                 null; {@code share} is then its value. Counts of items are compared with it
     *                 exactly (see {@link #isMetBy}).
     */
    record ShareOfItemsAtLeast(String level, double share, boolean strictlyMore, boolean perSection,
            List<String> sections, String fraction) implements AwardCondition {
        public ShareOfItemsAtLeast {
            sections = List.copyOf(sections);
            if (fraction != null) {
                // One value for the same fraction however it was computed, so equal conditions compare equal.
                String[] parts = fraction.split("/");
                share = Long.parseLong(parts[0].strip()) / (double) Long.parseLong(parts[1].strip());
            }
        }

        /** A share written as a decimal number. */
        public ShareOfItemsAtLeast(String level, double share, boolean strictlyMore, boolean perSection,
                List<String> sections) {
            this(level, share, strictlyMore, perSection, sections, null);
        }

        /**
         * Whether {@code atLeast} of {@code total} items meets the share. A fraction is compared in
         * whole numbers, so 2 of 3 is exactly "at least 2/3"; a decimal within a billionth.
         */
        public boolean isMetBy(long atLeast, long total) {
            if (total == 0) {
                return true;
            }
            if (fraction != null) {
                String[] parts = fraction.split("/");
                long numerator = Long.parseLong(parts[0].strip());
                long denominator = Long.parseLong(parts[1].strip());
                long left = atLeast * denominator;
                long right = numerator * total;
                return strictlyMore ? left > right : left >= right;
            }
            double actual = (double) atLeast / total;
            return strictlyMore ? actual > share + 1e-9 : actual >= share - 1e-9;
        }
    }

    /** {@code "everyItemHasEvidence"}: every judged item has at least {@code minimum} linked evidence files. */
    record EveryItemHasEvidence(int minimum, List<String> sections) implements AwardCondition {
        public EveryItemHasEvidence {
            sections = List.copyOf(sections);
        }
    }

    /**
     * {@code "everySectionHasEvidence"} (format 2): every judged section has at least {@code minimum}
     * distinct evidence files linked to its items.
     */
    record EverySectionHasEvidence(int minimum, List<String> sections) implements AwardCondition {
        public EverySectionHasEvidence {
            sections = List.copyOf(sections);
        }
    }

    /** {@code "signatoryRecorded"}: a pledge has a signatory with name, role, organisation and date. */
    record SignatoryRecorded() implements AwardCondition {
    }
}
