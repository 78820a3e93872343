package org.charterreviewer.ui.reviews;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.charterreviewer.demo.DemoReview;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.Navigator;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * Help → Open a sample review: what {@code demo} does on the command line, from the window. Asks
 * first (it adds an example school and a finished review to the officer's own data), makes them
 * with the same {@link DemoReview}, then opens the review's walkthrough.
 */
public final class SampleReviewViewModel {

    private final Supplier<DemoReview> demo;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SampleReviewViewModel(Supplier<DemoReview> demo, TaskExecutor tasks, DialogService dialogs,
            Navigator navigator) {
        this.demo = demo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
    }

    public void open() {
        if (busy.get() || !dialogs.confirm(tr("sample.ui.title"), tr("sample.ui.confirm", DemoReview.DEMO_SCHOOL_NAME),
                tr("sample.ui.add"), tr("dialog.cancel"))) {
            return;
        }
        busy.set(true);
        // Some forty review changes and three evidence files in a row: it runs to the end once started.
        tasks.execute(BackgroundTask.of(tr("sample.ui.task"), monitor -> demo.get().create().id())
                .notCancellable()
                .onSuccess(id -> {
                    busy.set(false);
                    navigator.openReview(id);
                })
                .onFailure(error -> {
                    busy.set(false);
                    dialogs.showError(tr("sample.ui.title"), ErrorText.of(error, "sample.ui.failed"));
                }));
    }

    /** True while the sample is being made; the menu item waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
