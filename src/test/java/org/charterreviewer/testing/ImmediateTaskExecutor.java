package org.charterreviewer.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterreviewer.progress.CancelledException;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * Runs background tasks on the calling thread, at once, then calls their success, cancel or failure
 * callback as the app's executor would; remembers the tasks' titles (what the status bar showed).
 */
public final class ImmediateTaskExecutor implements TaskExecutor {

    public final List<String> titles = new CopyOnWriteArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        titles.add(task.title());
        T value;
        try {
            value = task.work().run(ProgressMonitor.NONE);
        } catch (CancelledException e) {
            task.cancelled();
            return;
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}
