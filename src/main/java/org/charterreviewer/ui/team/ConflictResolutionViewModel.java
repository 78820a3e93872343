package org.charterreviewer.ui.team;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.team.Conflict;
import org.charterreviewer.team.ConflictVersions;
import org.charterreviewer.team.KeepVersion;
import org.charterreviewer.team.TeamService;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The conflicts part of File → Council database…: the list of conflicts, both versions of the
 * chosen one in words side by side, and Keep mine / Keep theirs (confirmed, then audited by the
 * service). Never sees a Node.
 */
public final class ConflictResolutionViewModel {

    private final TeamService team;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterResolve;

    private final ObservableList<String> conflicts = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper mine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper theirs = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper theirsHeading = new ReadOnlyStringWrapper(Messages.tr("team.conflicts.theirsHeading"));
    private List<ConflictVersions> versions = List.of();

    /** {@code afterResolve} reads everything again once a conflict is resolved (this list included). */
    public ConflictResolutionViewModel(TeamService team, TaskExecutor tasks, DialogService dialogs,
            Runnable afterResolve) {
        this.team = team;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterResolve = afterResolve;
        selected.addListener((obs, was, now) -> showSelected());
    }

    /** One line per conflict waiting for a person. */
    public ObservableList<String> conflicts() {
        return conflicts;
    }

    /** The index of the conflict shown side by side; -1 for none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** This laptop's version of the chosen conflict, in words. */
    public ReadOnlyStringProperty mineProperty() {
        return mine.getReadOnlyProperty();
    }

    public String getMine() {
        return mine.get();
    }

    /** The other officer's version of the chosen conflict, in words. */
    public ReadOnlyStringProperty theirsProperty() {
        return theirs.getReadOnlyProperty();
    }

    public String getTheirs() {
        return theirs.get();
    }

    /** "A. Morgan’s version" above the other version. */
    public ReadOnlyStringProperty theirsHeadingProperty() {
        return theirsHeading.getReadOnlyProperty();
    }

    /** Reads the conflicts with both versions (off the FX thread) and shows the first. */
    public void refresh() {
        tasks.execute(BackgroundTask.of(Messages.tr("team.task.conflicts"), monitor -> team.conflicts())
                .notCancellable().onSuccess(this::show).onFailure(this::fail));
    }

    private void show(List<ConflictVersions> loaded) {
        versions = loaded;
        conflicts.setAll(loaded.stream().map(ConflictResolutionViewModel::describe).toList());
        selected.set(-1);
        selected.set(loaded.isEmpty() ? -1 : 0);
        showSelected();
    }

    /** The review by its school and visit, as the officer knows it, never by its id. */
    static String describe(ConflictVersions v) {
        Conflict c = v.conflict();
        return v.visitDate() == null ? Messages.tr("team.conflict.lineNoVisit", v.school(), c.revision(), c.otherOfficer())
                : Messages.tr("team.conflict.lineVisit", v.school(), Dates.day(v.visitDate()), c.revision(), c.otherOfficer());
    }

    private void showSelected() {
        int index = selected.get();
        if (index < 0 || index >= versions.size()) {
            mine.set("");
            theirs.set("");
            theirsHeading.set(Messages.tr("team.conflicts.theirsHeading"));
            return;
        }
        ConflictVersions v = versions.get(index);
        mine.set(String.join("\n", v.mine()));
        theirs.set(String.join("\n", v.theirs()));
        theirsHeading.set(Messages.tr("team.conflicts.theirsNamed", v.conflict().otherOfficer()));
    }

    /** Keeps this laptop's version of the chosen conflict, after the officer confirms. */
    public void keepMine() {
        resolve(KeepVersion.MINE);
    }

    /** Keeps the other officer's version (as the review's next revision), after the officer confirms. */
    public void keepTheirs() {
        resolve(KeepVersion.THEIRS);
    }

    private void resolve(KeepVersion keep) {
        int index = selected.get();
        if (index < 0 || index >= versions.size()) {
            return;
        }
        Conflict c = versions.get(index).conflict();
        String question = Messages.tr(keep == KeepVersion.MINE ? "team.conflicts.confirmMine" : "team.conflicts.confirmTheirs",
                c.reviewId().toString().substring(0, 8), c.revision(), c.otherOfficer());
        if (!dialogs.confirm(Messages.tr("team.conflicts.confirmTitle"), question,
                Messages.tr(keep == KeepVersion.MINE ? "team.conflicts.keepMine" : "team.conflicts.keepTheirs"),
                Messages.tr("dialog.cancel"))) {
            return;
        }
        tasks.execute(BackgroundTask.of(Messages.tr("team.task.resolve"),
                monitor -> team.resolve(c.reviewId().toString(), c.revision(), keep)).notCancellable()
                .onSuccess(done -> afterResolve.run()).onFailure(this::fail));
    }

    private void fail(Exception error) {
        dialogs.showError(Messages.tr("team.dialog.title"), ErrorText.of(error, "team.error.unexpected"));
    }
}
