package org.charterreviewer.ui.protection;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Sizes;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.protection.ErasureResult;
import org.charterreviewer.protection.RetentionRule;
import org.charterreviewer.protection.RetentionSettings;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * File → Retention… without a window: the rule as {@code retention show} words it, changing it with
 * the checks of {@code retention set}, the list of what applying it today deletes ({@code retention
 * preview}, in plain words) and applying exactly that list after a confirmation ({@code retention
 * apply}). All through {@link RetentionRule}, on the UI's one task executor.
 */
public final class RetentionViewModel {

    private final RetentionRule rule;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterApply;

    private final StringProperty evidenceYears = new SimpleStringProperty("");
    private final StringProperty reviewYears = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper currentRule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> due = FXCollections.observableArrayList();
    /** The list the officer sees; Apply deletes exactly this and nothing found later. */
    private ErasurePlan shown;
    /** False until the first preview arrived and filled the fields. */
    private boolean shownOnce;
    /** Set by Stop: the preview's monitor then reads as cancelled between two reviews. */
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** {@code afterApply} refreshes the screens and the status bar once something was deleted. */
    public RetentionViewModel(RetentionRule rule, TaskExecutor tasks, DialogService dialogs,
            Runnable afterApply) {
        this.rule = rule;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterApply = afterApply;
    }

    /** What the preview found, with each line ready to read. */
    private record Preview(RetentionSettings settings, ErasurePlan plan, List<String> lines) {
    }

    /** Reads the rule and what is due under it today (the dialog calls this as it opens). */
    public void refresh() {
        preview(null);
    }

    /** Lists again what applying the rule today deletes; {@code done}, if given, becomes the message. */
    private void preview(String done) {
        stopRequested.set(false);
        start(tr("retentionDialog.task.preview"), true);
        tasks.execute(BackgroundTask.of(tr("retentionDialog.task.preview"), monitor -> {
            RetentionSettings settings = rule.settings();
            ErasurePlan plan = rule.preview(stoppable(monitor));
            return new Preview(settings, plan, RetentionLines.of(plan));
        }).onSuccess(preview -> {
            finish();
            show(preview);
            message.set(done == null ? "" : done);
        }).onCancelled(() -> {
            finish();
            message.set(tr("retentionDialog.stopped"));
        }).onFailure(this::fail));
    }

    public void checkAgain() {
        preview(null);
    }

    /** Stops a preview that is running; nothing is deleted by a preview, so nothing is half done. */
    public void stop() {
        stopRequested.set(true);
    }

    private ProgressMonitor stoppable(ProgressMonitor monitor) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                monitor.progress(done, total);
            }

            @Override
            public void message(String text) {
                monitor.message(text);
            }

            @Override
            public boolean isCancelled() {
                return stopRequested.get() || monitor.isCancelled();
            }
        };
    }

    private void show(Preview preview) {
        RetentionSettings settings = preview.settings();
        if (!shownOnce) {
            // The fields start as the saved rule, unless the officer typed while it was being read.
            fill(evidenceYears, settings.evidenceYears(), false);
            fill(reviewYears, settings.reviewYears(), false);
            shownOnce = true;
        }
        currentRule.set(ruleText(settings));
        shown = preview.plan();
        due.setAll(preview.lines());
        canApply.set(!shown.isEmpty());
        summary.set(settings.isOff() ? tr("retentionDialog.isOff")
                : shown.isEmpty() ? tr("cli.retention.nothingDue")
                : tr("retentionDialog.total", shown.wholeReviews(), shown.files(), Sizes.format(shown.bytesFreed())));
    }

    private static void fill(StringProperty field, Integer years, boolean always) {
        if (always || field.get().isBlank()) {
            field.set(years == null ? "" : years.toString());
        }
    }

    /** The rule in the words of {@code retention show}, one part a line. */
    static String ruleText(RetentionSettings settings) {
        return tr("cli.retention.evidence", years(settings.evidenceYears())) + "\n"
                + tr("cli.retention.reviews", years(settings.reviewYears()));
    }

    private static String years(Integer years) {
        return years == null ? tr("cli.retention.off") : tr("cli.retention.years", years);
    }

    /** Saves the two fields as the rule (empty or 0 turns a part off), then lists what is due under it. */
    public void save() {
        RetentionSettings settings;
        try {
            settings = new RetentionSettings(parse(evidenceYears.get()), parse(reviewYears.get()));
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
            return;
        }
        start(tr("retentionDialog.task.save"), false);
        tasks.execute(BackgroundTask.of(tr("retentionDialog.task.save"), monitor -> {
            rule.set(settings);
            return settings;
        }).notCancellable().onSuccess(saved -> {
            finish();
            // As saved: a part turned off with 0 shows empty.
            fill(evidenceYears, saved.evidenceYears(), true);
            fill(reviewYears, saved.reviewYears(), true);
            preview(tr("cli.retention.saved"));
        }).onFailure(this::fail));
    }

    /** As {@code retention set}: a whole number of years, 0 (or nothing) for off; the rule checks the range. */
    static Integer parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        int years;
        try {
            years = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(tr("erase.error.retentionYears", RetentionRule.MAX_YEARS));
        }
        return years == 0 ? null : years;
    }

    /** Asks, naming what goes, then deletes exactly the list shown and compacts the database. */
    public void apply() {
        ErasurePlan plan = shown;
        if (busy.get() || plan == null || plan.isEmpty()) {
            return;
        }
        String question = summary.get() + "\n\n" + tr("retentionDialog.confirm.final");
        if (!dialogs.confirmIrreversible(tr("retentionDialog.confirm.title"), question,
                tr("retentionDialog.confirm.action"))) {
            return;
        }
        start(tr("retentionDialog.task.apply"), false);
        tasks.execute(BackgroundTask.of(tr("retentionDialog.task.apply"), monitor -> rule.apply(plan))
                .notCancellable().onSuccess(result -> {
                    finish();
                    afterApply.run();
                    String done = doneText(result);
                    dialogs.showInformation(tr("retentionDialog.title"), done);
                    preview(done);
                }).onFailure(error -> {
                    fail(error);
                    // A refused deletion (something changed meanwhile) deletes nothing: the list is read again.
                    preview(message.get());
                }));
    }

    static String doneText(ErasureResult result) {
        return tr("retentionDialog.done", result.reviewsDeleted(), result.contentDeleted(),
                Sizes.format(result.fileBytesBefore()), Sizes.format(result.fileBytesAfter()))
                + " " + tr("cli.erase.backupsNote");
    }

    private void start(String what, boolean canStop) {
        busy.set(true);
        stoppable.set(canStop);
        working.set(what);
    }

    private void finish() {
        busy.set(false);
        stoppable.set(false);
        working.set("");
    }

    private void fail(Exception error) {
        finish();
        String text = ErrorText.of(error, "retentionDialog.failed");
        message.set(text);
    }

    public StringProperty evidenceYearsProperty() {
        return evidenceYears;
    }

    public StringProperty reviewYearsProperty() {
        return reviewYears;
    }

    /** The saved rule, in the words of {@code retention show}. */
    public ReadOnlyStringProperty currentRuleProperty() {
        return currentRule.getReadOnlyProperty();
    }

    public String getCurrentRule() {
        return currentRule.get();
    }

    /** What was just done, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** The totals of the list, or why it is empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    /** What is running now, for the line beside the working indicator; empty when idle. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True while a preview runs, which Stop can end. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    /** True when the list shown has something to delete. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    /** One line per review affected: its school, charter, visit date and what goes. */
    public ObservableList<String> due() {
        return due;
    }
}
