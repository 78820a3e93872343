package org.charterreviewer.ui.common;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Keeps a scene's mnemonic table to the controls that are still in it. When a control leaves the
 * scene (a screen is swapped out), JavaFX 21 removes its mnemonic but keeps the key with an empty
 * list. Alt+E then meets two keys, Alt+'E' left by the Schools screen's "_Edit…" and Alt+'e' of the
 * review's "Finalis_e…"; JavaFX acts on the first of them it finds and, finding the empty one,
 * does nothing. Which comes first depends on hash codes that change from one start to the next, so
 * the press failed in some runs only. Emptied keys are dropped before each key press reaches the
 * scene (the window sees it first); dropping them as they empty would upset JavaFX's own loops.
 */
public final class SceneMnemonics {

    private SceneMnemonics() {
    }

    /** From now on, a mnemonic key whose last control left {@code scene} is forgotten before the next key press. */
    public static void forgetEmptied(Scene scene) {
        EventHandler<KeyEvent> prune = event -> dropEmpty(scene);
        scene.windowProperty().addListener((observable, before, after) -> {
            if (before != null) {
                before.removeEventFilter(KeyEvent.KEY_PRESSED, prune);
            }
            if (after != null) {
                after.addEventFilter(KeyEvent.KEY_PRESSED, prune);
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventFilter(KeyEvent.KEY_PRESSED, prune);
        }
    }

    private static void dropEmpty(Scene scene) {
        Iterator<? extends Map.Entry<?, ? extends List<?>>> entries = scene.getMnemonics().entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().isEmpty()) {
                entries.remove();
            }
        }
    }
}
