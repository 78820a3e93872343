package org.charterreviewer.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.storage.StorageWarmUp;
import org.charterreviewer.ui.common.ControlsWarmUp;

/**
 * The warm-ups that make unlocking quicker and need no passphrase: H2's opening, jOOQ and Jackson on
 * the spare core, the main window's control skins on the FX thread one step per turn of the event loop.
 * They start once the passphrase window's first frame is laid out, so they run while the officer
 * reads and types (seconds), not only during the key derivation (about one); docs/PERFORMANCE.md,
 * issue #15, seventh pass. Each runs once per process.
 */
final class UnlockWarmUps {

    /** Set on the FX thread. */
    private static boolean jsonStarted;

    private UnlockWarmUps() {
    }

    /** After {@code scene}'s next layout pass (its first frame, when it has just been shown). */
    static void startAfterFirstFrame(Scene scene) {
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                // Removed outside the pulse that is running the listeners.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    start();
                });
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
    }

    /** On the FX thread; does nothing for a warm-up already started in this process. */
    static void start() {
        StorageWarmUp.startOnce();
        ControlsWarmUp.run();
        if (!jsonStarted) {
            jsonStarted = true;
            // The workspace's services build Jackson's mapper (about 400 classes) as the main window
            // is made; the first window no longer does (WindowStart), so it is built here, once.
            Thread json = new Thread(JsonMapperFactory::create, "json-warm-up");
            json.setDaemon(true);
            json.setPriority(Thread.MIN_PRIORITY);
            json.start();
        }
    }
}
