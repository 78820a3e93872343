package org.charterreviewer.ui.walkthrough;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.charter.Item;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.review.FollowUpAction;
import org.charterreviewer.review.Review;
import org.charterreviewer.review.ReviewChange;
import org.charterreviewer.review.ReviewChanges;
import org.charterreviewer.i18n.UkDates;

/**
 * The follow-up actions agreed for the item shown: the list, marking done, and the form to add or
 * edit one. The due date is read the UK way ("1 Mar 2028", "01/03/2028", "1/3/2028", ISO); a date
 * that cannot be read is said beside the field and nothing is added until it is put right.
 */
public final class ActionsViewModel {

    /** What is in the form; the due date as typed. */
    private record Draft(String what, String owner, String due) {
    }

    /** The form, read: what is to be done, by whom, by when. */
    private record Read(String what, String owner, LocalDate due) {
    }

    private final ReviewSession session;
    private final WalkthroughNavigation navigation;
    private final ObservableList<FollowUpAction> actions = FXCollections.observableArrayList();
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper("");
    private final FormEdit<FollowUpAction, Draft> edit = new FormEdit<>(FollowUpAction::id,
            () -> new Draft(what.get(), owner.get(), due.get()),
            action -> fill(action.description(), action.ownerRole(), Dates.shortDay(action.dueDate())),
            draft -> fill(draft == null ? "" : draft.what(), draft == null ? "" : draft.owner(),
                    draft == null ? "" : draft.due()));

    ActionsViewModel(ReviewSession session, WalkthroughNavigation navigation) {
        this.session = session;
        this.navigation = navigation;
        session.reviewProperty().addListener((obs, before, after) -> show());
        navigation.itemProperty().addListener((obs, before, after) -> show());
        navigation.beforeMove(() -> {
            edit.cancel();
            message.set("");
        });
        // The error goes as soon as the date can be read, or the field is emptied.
        due.addListener((obs, before, after) -> {
            if (!dueError.get().isEmpty() && (after == null || after.isBlank()
                    || UkDates.parse(after).isPresent())) {
                dueError.set("");
            }
        });
    }

    private void fill(String whatText, String ownerText, String dueText) {
        what.set(whatText);
        owner.set(ownerText == null ? "" : ownerText);
        due.set(dueText == null ? "" : dueText);
        message.set("");
        dueError.set("");
    }

    private void show() {
        Item item = navigation.getItem();
        Review review = session.getReview();
        edit.show(actions, item == null || review == null ? List.of() : review.actionsFor(item.id()),
                review != null && review.isFinalised());
    }

    /** Adds the action in the form, or saves the changes to the action being edited. */
    public void save() {
        Item item = navigation.getItem();
        if (!session.isEditable() || item == null) {
            return;
        }
        inForm().ifPresent(read -> edit.addOrUpdate(() -> {
            if (session.apply(new ReviewChange.AddAction(ReviewChanges.nextActionId(session.getReview()), item.id(),
                    read.what(), read.owner(), read.due()))) {
                what.set("");
                due.set("");
                message.set("");
            }
        }, edited -> {
            if (!read.equals(new Read(edited.description(), edited.ownerRole(), edited.dueDate()))) {
                session.apply(new ReviewChange.UpdateAction(edited.id(), read.what(), read.owner(), read.due()));
            }
        }));
    }

    /** The form, trimmed and read; empty, with a message beside what is wrong, until it can be saved. */
    private Optional<Read> inForm() {
        String description = what.get() == null ? "" : what.get().strip();
        String typedDue = due.get() == null ? "" : due.get().strip();
        Optional<LocalDate> date = UkDates.parse(typedDue);
        boolean dueUnreadable = !typedDue.isEmpty() && date.isEmpty();
        dueError.set(dueUnreadable ? tr("review.action.dueUnreadable", typedDue) : "");
        message.set(description.isEmpty() ? tr("review.action.incomplete") : "");
        if (description.isEmpty() || dueUnreadable) {
            return Optional.empty();
        }
        String who = owner.get() == null || owner.get().isBlank() ? null : owner.get().strip();
        return Optional.of(new Read(description, who, date.orElse(null)));
    }

    public void edit(FollowUpAction action) {
        if (session.isEditable() && action != null && navigation.getItem() != null) {
            edit.begin(action);
        }
    }

    public void cancelEdit() {
        edit.cancel();
    }

    /** Marks the action done, or not done again (Space on the selected action). */
    public void toggleDone(FollowUpAction action) {
        if (session.isEditable() && action != null) {
            session.apply(new ReviewChange.SetActionDone(action.id(), !action.done()));
        }
    }

    public void remove(FollowUpAction action) {
        if (session.isEditable() && action != null) {
            edit.cancelIfEditing(action);
            session.apply(new ReviewChange.RemoveAction(action.id()));
        }
    }

    /** One line of the list: what, who and by when, in words. */
    public static String lineOf(FollowUpAction action) {
        String by = action.dueDate() == null ? tr("review.action.noDate")
                : tr("review.action.dueBy", Dates.shortDay(action.dueDate()));
        String who = action.ownerRole() == null ? tr("review.action.noOwner") : action.ownerRole();
        return tr(action.done() ? "review.action.lineDone" : "review.action.line", action.description(), who, by);
    }

    public ObservableList<FollowUpAction> actions() { return actions; }
    public StringProperty whatProperty() { return what; }
    public StringProperty ownerProperty() { return owner; }
    /** The due date as typed. */
    public StringProperty dueProperty() { return due; }
    /** Why the typed due date cannot be read; empty when it can. */
    public ReadOnlyStringProperty dueErrorProperty() { return dueError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FollowUpAction> editingProperty() { return edit.property(); }
    public FollowUpAction getEditing() { return edit.record(); }
    public ReadOnlyBooleanProperty editableProperty() { return session.editableProperty(); }
    public boolean isEditable() { return session.isEditable(); }
}
