package org.charterreviewer.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A typing pause on the JavaFX clock: no thread of its own, and the end runs on the FX thread. */
public final class FxTypingPause implements TypingPause {

    private final PauseTransition pause;

    public FxTypingPause(long millis) {
        this.pause = new PauseTransition(Duration.millis(millis));
    }

    @Override
    public void restart(Runnable whenQuiet) {
        pause.setOnFinished(event -> whenQuiet.run());
        pause.playFromStart();
    }

    @Override
    public void stop() {
        pause.stop();
    }
}
