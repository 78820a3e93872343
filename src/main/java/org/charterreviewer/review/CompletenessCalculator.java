package org.charterreviewer.review;

import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;

/** Works out what is still unjudged, unevidenced or flagged in a review, section by section. */
final class CompletenessCalculator {

    private CompletenessCalculator() {
    }

    static Completeness of(Charter charter, Review review) {
        List<Completeness.SectionState> sections = new ArrayList<>();
        int items = 0;
        int unjudged = 0;
        int withoutEvidence = 0;
        int flagged = 0;
        for (Section section : charter.judgedSections()) {
            List<Completeness.ItemState> states = new ArrayList<>();
            int sectionUnjudged = 0;
            int sectionWithout = 0;
            int sectionFlagged = 0;
            for (Item item : section.items()) {
                Completeness.ItemState state = new Completeness.ItemState(item.id(), review.levelOf(item.id()).orElse(null),
                        review.isFlagged(item.id()), review.evidenceFor(item.id()).size(),
                        review.itemNote(item.id()).isPresent(), review.voicesFor(item.id()).size(),
                        review.actionsFor(item.id()).size());
                states.add(state);
                sectionUnjudged += state.judged() ? 0 : 1;
                sectionWithout += state.evidenceCount() == 0 ? 1 : 0;
                sectionFlagged += state.flagged() ? 1 : 0;
            }
            sections.add(new Completeness.SectionState(section.id(), section.title(), states, sectionUnjudged,
                    sectionWithout, sectionFlagged));
            items += states.size();
            unjudged += sectionUnjudged;
            withoutEvidence += sectionWithout;
            flagged += sectionFlagged;
        }
        return new Completeness(sections, items, unjudged, withoutEvidence, flagged);
    }
}
