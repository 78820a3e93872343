package org.charterreviewer.ui.reviews;

import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/** Runs each task at once on the calling thread, as the app would, and remembers their titles. */
final class ImmediateTasks implements TaskExecutor {

    final List<String> titles = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        titles.add(task.title());
        T value;
        try {
            value = task.work().run(ProgressMonitor.NONE);
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
