package org.charterreviewer.progress;

/**
 * How long-running logic reports progress and learns that the user cancelled, without knowing
 * whether a window, a command line or a test is watching.
 */
public interface ProgressMonitor {

    /** A monitor that shows nothing and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    void message(String text);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
