package org.charterreviewer.ui.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.Review;

/**
 * Where the officer is in the charter: the item shown (or a section without items, shown for its
 * words), moving to the next, previous or next unjudged item, and remembering the place per
 * review. Before every move the session writes typed text and the panes let go of open edits.
 */
public final class WalkthroughNavigation {

    private final ReviewSession session;
    private final LastPlaces places;
    private final List<Runnable> beforeMove = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Section> shownSection = new ReadOnlyObjectWrapper<>();

    public WalkthroughNavigation(ReviewSession session, LastPlaces places) {
        this.session = session;
        this.places = places;
        session.charterProperty().addListener((obs, before, charter) -> {
            items.clear();
            if (charter != null) {
                charter.sections().forEach(s -> items.addAll(s.items()));
            }
        });
    }

    /** Something to do before the officer moves on (a pane ends an edit of a voice or an action). */
    void beforeMove(Runnable step) {
        beforeMove.add(step);
    }

    /** The item where the officer left this review, else the first not judged yet, else the first. */
    public void goToStart() {
        Optional<Integer> left = places.itemOf(session.reviewId())
                .flatMap(id -> items.stream().filter(i -> i.id().equals(id)).findFirst())
                .map(items::indexOf);
        goTo(left.or(this::firstUnjudged).orElse(0));
    }

    public void goTo(int target) {
        if (target < 0 || target >= items.size()) {
            return;
        }
        leaving();
        Item next = items.get(target);
        shownSection.set(null);
        index.set(target);
        section.set(session.getCharter().sectionOf(next.id()).orElseThrow());
        item.set(next);
    }

    /** Keeps the item shown for the next time this review opens (once, as the screen closes). */
    public void rememberPlace() {
        Item shown = items.isEmpty() || index.get() < 0 ? null : items.get(Math.min(index.get(), items.size() - 1));
        if (shown != null) {
            places.remember(session.reviewId(), item.get() != null ? item.get().id() : shown.id());
        }
    }

    public void goTo(Item target) {
        goTo(items.indexOf(target));
    }

    /**
     * Shows a section that has no items (a vision, an aim): only the charter's words, to read with
     * the family; nothing is judged there. Next and previous go on from where it stands.
     */
    public void showSection(Section target) {
        Charter charter = session.getCharter();
        if (charter == null || target == null || !target.items().isEmpty()) {
            return;
        }
        leaving();
        int itemsBefore = 0;
        for (Section s : charter.sections()) {
            if (s.id().equals(target.id())) {
                break;
            }
            itemsBefore += s.items().size();
        }
        item.set(null);
        index.set(itemsBefore - 1);
        section.set(target);
        shownSection.set(target);
    }

    public boolean hasNext() {
        return index.get() < items.size() - 1;
    }

    public boolean hasPrevious() {
        return shownSection.get() != null ? index.get() >= 0 : index.get() > 0;
    }

    public void next() {
        goTo(Math.min(items.size() - 1, index.get() + 1));
    }

    public void previous() {
        // From a section without items the index stands on the item before it.
        goTo(shownSection.get() != null ? index.get() : Math.max(0, index.get() - 1));
    }

    /** Goes to the next item not judged yet after the current one (wrapping round); false if none. */
    public boolean nextUnjudged() {
        for (int step = 1; step <= items.size(); step++) {
            int candidate = Math.floorMod(index.get() + step, items.size());
            if (isUnjudged(items.get(candidate))) {
                goTo(candidate);
                return true;
            }
        }
        return false;
    }

    private Optional<Integer> firstUnjudged() {
        for (int i = 0; i < items.size(); i++) {
            if (isUnjudged(items.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean isUnjudged(Item candidate) {
        Review review = session.getReview();
        boolean judged = !session.getCharter().sectionOf(candidate.id()).map(Section::contextOnly).orElse(true);
        return judged && review.levelOf(candidate.id()).isEmpty();
    }

    private void leaving() {
        session.flush();
        beforeMove.forEach(Runnable::run);
    }

    public List<Item> items() { return List.copyOf(items); }
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Item> itemProperty() { return item.getReadOnlyProperty(); }
    public Item getItem() { return item.get(); }
    public ReadOnlyObjectProperty<Section> sectionProperty() { return section.getReadOnlyProperty(); }
    public Section getSection() { return section.get(); }
    /** The section without items shown in place of an item, or null while an item is shown. */
    public ReadOnlyObjectProperty<Section> shownSectionProperty() { return shownSection.getReadOnlyProperty(); }
    public Section getShownSection() { return shownSection.get(); }
}
