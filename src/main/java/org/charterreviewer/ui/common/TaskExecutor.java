package org.charterreviewer.ui.common;

/** Runs {@link BackgroundTask}s off the FX thread; the app's status bar shows their progress. */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);
}
