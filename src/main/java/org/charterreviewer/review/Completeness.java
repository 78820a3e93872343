package org.charterreviewer.review;

import java.util.List;

/**
 * What is still to do in a review, for the sidebar: per section, every judged item's state, and
 * totals. Counts cover judged sections only (context-only sections are not judged).
 */
public record Completeness(List<SectionState> sections, int items, int unjudged, int withoutEvidence, int flagged) {

    public Completeness {
        sections = List.copyOf(sections);
    }

    public boolean allJudged() {
        return unjudged == 0;
    }

    /** One section's items and counts. */
    public record SectionState(String sectionId, String title, List<ItemState> items, int unjudged,
            int withoutEvidence, int flagged) {

        public SectionState {
            items = List.copyOf(items);
        }
    }

    /** One item's state: its level (null: not judged), flag, and how much is recorded for it. */
    public record ItemState(String itemId, String levelId, boolean flagged, int evidenceCount, boolean hasNote,
            int voiceCount, int actionCount) {

        public boolean judged() {
            return levelId != null;
        }
    }
}
