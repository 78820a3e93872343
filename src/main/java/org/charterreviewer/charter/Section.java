package org.charterreviewer.charter;

import java.util.List;

/**
 * A principle, value, set of rights or commitments: a heading with the items under it.
 *
 * @param title        the heading; for a section the charter publishes without one, "Part N" (its place
 *                     among the sections), so that every screen has something to call it
 * @param titled       false when the charter gives no heading, so {@code title} is ours, not the charter's
 * @param itemNoun     how the charter names its items here ("statement"/"statements"), for explanations
 * @param introduction the charter's words before the items ("We commit to ...")
 * @param contextOnly  shown to the officer but not judged (a definition, a purpose)
 */
public record Section(String id, String title, boolean titled, ItemNoun itemNoun, List<String> introduction,
        boolean contextOnly, List<Item> items) {

    public Section {
        introduction = List.copyOf(introduction);
        items = List.copyOf(items);
    }

    /** A section with a heading of its own, as every format-1 section has. */
    public Section(String id, String title, ItemNoun itemNoun, List<String> introduction, boolean contextOnly,
            List<Item> items) {
        this(id, title, true, itemNoun, introduction, contextOnly, items);
    }

    /** Singular and plural of what the items are called, e.g. promise/promises, right/rights. */
    public record ItemNoun(String one, String other) {

        public String forCount(long count) {
            return count == 1 ? one : other;
        }
    }
}
