package org.charterreviewer.testing;

import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.TaskExecutor;

/** Runs background tasks on the calling thread, at once, then calls their success or failure callback. */
public final class ImmediateTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
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
