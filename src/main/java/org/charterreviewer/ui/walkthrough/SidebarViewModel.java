package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.Completeness;

/** The sidebar: every section and item of the charter with how far the review has got with it. */
public final class SidebarViewModel {

    /** One line of the sidebar: a section heading ({@code item} null) or one of its items. */
    public record Entry(Section section, Item item) {
        public boolean isSection() {
            return item == null;
        }

        public String title() {
            return isSection() ? section.title() : item.numberedText();
        }
    }

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper states = new ReadOnlyIntegerWrapper();

    SidebarViewModel(ReviewSession session, WalkthroughNavigation navigation) {
        this.session = session;
        this.navigation = navigation;
        session.charterProperty().addListener((obs, before, charter) -> entries.setAll(entriesOf(charter)));
        session.reviewProperty().addListener((obs, before, after) -> states.set(states.get() + 1));
        navigation.itemProperty().addListener((obs, before, after) -> select());
        navigation.shownSectionProperty().addListener((obs, before, after) -> select());
    }

    private static ObservableList<Entry> entriesOf(Charter charter) {
        ObservableList<Entry> all = FXCollections.observableArrayList();
        if (charter != null) {
            for (Section section : charter.sections()) {
                all.add(new Entry(section, null));
                section.items().forEach(item -> all.add(new Entry(section, item)));
            }
        }
        return all;
    }

    private void select() {
        Section shown = navigation.getShownSection();
        Entry entry = shown != null ? new Entry(shown, null)
                : navigation.getItem() == null ? null : new Entry(navigation.getSection(), navigation.getItem());
        // Between the item being let go and the next one shown there is none: the selection stays.
        if (entry != null) {
            selected.set(entries.indexOf(entry));
        }
    }

    /** A section heading goes to its first item; a section without items shows its own words. */
    public void goTo(Entry entry) {
        if (entry == null || entries.indexOf(entry) == selected.get()) {
            return;
        }
        if (entry.isSection() && entry.section().items().isEmpty()) {
            navigation.showSection(entry.section());
        } else {
            navigation.goTo(entry.isSection() ? entry.section().items().get(0) : entry.item());
        }
    }

    /** How far the review has got with the entry, e.g. "Established · 2 evidence files · Flagged". */
    public String stateOf(Entry entry) {
        if (entry.section().contextOnly()) {
            return tr("review.sidebar.contextOnly");
        }
        Completeness completeness = session.getProgress() == null ? null : session.getProgress().completeness();
        if (completeness == null) {
            return "";
        }
        if (entry.isSection()) {
            return completeness.sections().stream().filter(s -> s.sectionId().equals(entry.section().id()))
                    .findFirst().map(s -> tr("review.sidebar.sectionState", s.items().size() - s.unjudged(),
                            s.items().size(), s.flagged()))
                    .orElse("");
        }
        return completeness.sections().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.itemId().equals(entry.item().id())).findFirst()
                .map(i -> {
                    String text = tr("review.sidebar.itemState", levelLabel(i.levelId()), i.evidenceCount());
                    return i.flagged() ? text + " · " + tr("review.sidebar.flagged") : text;
                }).orElse("");
    }

    /** What a screen reader says for the entry. */
    public String accessibleTextOf(Entry entry) {
        return tr(entry.isSection() ? "review.sidebar.sectionAccessible" : "review.sidebar.itemAccessible",
                entry.title(), stateOf(entry));
    }

    private String levelLabel(String levelId) {
        if (levelId == null) {
            return tr("review.sidebar.notJudged");
        }
        return session.getCharter().scale().levels().stream().filter(l -> l.id().equals(levelId))
                .map(JudgementScale.Level::label).findFirst().orElse(levelId);
    }

    public ObservableList<Entry> entries() { return entries; }
    /** The index of the entry shown, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    /** Changes whenever the states of the entries may have changed, so the list redraws them. */
    public ReadOnlyIntegerProperty statesProperty() { return states.getReadOnlyProperty(); }
}
