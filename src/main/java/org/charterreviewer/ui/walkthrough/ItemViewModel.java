package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;

/**
 * The item shown: the charter's words, its position, the judgement on the charter's scale and the
 * flag, and the moves to the next and previous item.
 */
public final class ItemViewModel {

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper levelDescriptor = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper flagged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper judged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();

    ItemViewModel(ReviewSession session, WalkthroughNavigation navigation) {
        this.session = session;
        this.navigation = navigation;
        session.reviewProperty().addListener((obs, before, after) -> show());
        navigation.itemProperty().addListener((obs, before, after) -> show());
        navigation.shownSectionProperty().addListener((obs, before, after) -> show());
    }

    private void show() {
        Item item = navigation.getItem();
        Section section = navigation.getSection();
        Review review = session.getReview();
        hasNext.set(navigation.hasNext());
        hasPrevious.set(navigation.hasPrevious());
        if (item == null || section == null || review == null) {
            position.set("");
            level.set(null);
            flagged.set(false);
            judged.set(false);
            return;
        }
        String noun = section.itemNoun() == null ? tr("review.finding.item") : section.itemNoun().one();
        position.set(tr("review.item.position", capitalise(noun), section.items().indexOf(item) + 1,
                section.items().size()));
        judged.set(!section.contextOnly());
        level.set(review.levelOf(item.id()).orElse(null));
        flagged.set(review.isFlagged(item.id()));
        levelDescriptor.set(levels().stream().filter(l -> l.id().equals(level.get())).findFirst()
                .map(l -> l.label() + ": " + l.descriptor()).orElse(tr("review.level.none")));
    }

    public List<JudgementScale.Level> levels() {
        return session.getCharter() == null ? List.of() : session.getCharter().scale().levels();
    }

    public boolean isPledge() {
        return session.getCharter() != null && session.getCharter().kind() == CharterKind.PLEDGE;
    }

    /** Judges the item shown; null clears the judgement. */
    public void judge(String levelId) {
        Item item = navigation.getItem();
        if (session.isEditable() && item != null && judged.get()
                && !java.util.Objects.equals(levelId, level.get())) {
            session.apply(new ReviewChange.Judge(item.id(), levelId));
        }
    }

    /** Number key {@code n} (1-based) picks the n-th level of the scale, lowest first; 0 clears. */
    public void judgeByNumber(int n) {
        if (n == 0) {
            judge(null);
        } else if (n <= levels().size()) {
            judge(levels().get(n - 1).id());
        }
    }

    public void setFlagged(boolean value) {
        Item item = navigation.getItem();
        if (session.isEditable() && item != null && flagged.get() != value) {
            session.apply(new ReviewChange.Flag(item.id(), value));
        }
    }

    public void toggleFlag() {
        setFlagged(!flagged.get());
    }

    public void next() {
        navigation.next();
    }

    public void previous() {
        navigation.previous();
    }

    public boolean nextUnjudged() {
        return navigation.nextUnjudged();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyObjectProperty<Item> itemProperty() { return navigation.itemProperty(); }
    public Item getItem() { return navigation.getItem(); }
    public ReadOnlyObjectProperty<Section> sectionProperty() { return navigation.sectionProperty(); }
    public ReadOnlyObjectProperty<Section> shownSectionProperty() { return navigation.shownSectionProperty(); }
    public Section getShownSection() { return navigation.getShownSection(); }
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> levelProperty() { return level.getReadOnlyProperty(); }
    public String getLevel() { return level.get(); }
    public ReadOnlyStringProperty levelDescriptorProperty() { return levelDescriptor.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty flaggedProperty() { return flagged.getReadOnlyProperty(); }
    /** False for an item of a context-only section: nothing is judged there. */
    public ReadOnlyBooleanProperty judgedProperty() { return judged.getReadOnlyProperty(); }
    public boolean isJudged() { return judged.get(); }
    public ReadOnlyBooleanProperty hasNextProperty() { return hasNext.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public boolean isEditable() { return session.isEditable(); }
}
