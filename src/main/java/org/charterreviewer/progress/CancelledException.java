package org.charterreviewer.progress;

/** Thrown by long-running work when the user cancelled it; whatever it was writing is rolled back. */
public class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled");
    }
}
