package org.charterreviewer.ui.common;

/**
 * A pause in typing: what is typed is written once the officer stops for a moment, not on every
 * key. The app waits on the FX clock ({@link FxTypingPause}); tests choose when the pause ends.
 */
public interface TypingPause {

    /** Starts the pause again; {@code whenQuiet} runs on the FX thread if nothing restarts it first. */
    void restart(Runnable whenQuiet);

    /** Forgets the pause (the text was written by other means). */
    void stop();
}
