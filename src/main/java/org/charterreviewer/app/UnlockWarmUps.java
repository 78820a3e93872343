package org.charterreviewer.app;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.storage.StorageWarmUp;
import org.charterreviewer.ui.common.ClassList;
import org.charterreviewer.ui.common.ControlsWarmUp;
import org.charterreviewer.ui.shell.WindowGeometryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm-ups that make unlocking quicker and need no passphrase: H2's opening and jOOQ on the
 * spare core, the main window's control skins on the FX thread one step per turn of the event loop,
 * then (or as the passphrase is given) on a thread of its own jOOQ's generated schema, Jackson (which
 * the first window no longer loads) reading a window geometry, and the main window's own classes.
 * They start once the passphrase window's first frame is laid out, so they run while the officer
 * reads and types (seconds), not only during the key derivation (about one); docs/PERFORMANCE.md,
 * issue #15, seventh and eighth passes. Each runs once per process.
 */
final class UnlockWarmUps {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockWarmUps.class);

    /** The classes building the main window loads, one name a line, beside this class. */
    private static final String MAIN_WINDOW_CLASSES = "main-window-classes.txt";

    private static final AtomicBoolean MAIN_WINDOW_STARTED = new AtomicBoolean();

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
        ControlsWarmUp.run(UnlockWarmUps::startMainWindowWarmUp);
    }

    /** On the FX thread, as the passphrase is given: the main window's warm-up no longer waits for the controls'. */
    static void passphraseGiven() {
        start();
        startMainWindowWarmUp();
    }

    /**
     * After the controls' steps (a third busy thread during them made keys typed meanwhile wait
     * longer) or once the passphrase is given, whichever comes first; once per process.
     */
    private static void startMainWindowWarmUp() {
        if (MAIN_WINDOW_STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(UnlockWarmUps::warmUpMainWindow, "main-window-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Off the FX thread, what building the main window did there first after unlocking: jOOQ's
     * generated schema initialised, the window's geometry read with Jackson (0.06-0.2 s) and its
     * classes loaded (eighth pass).
     */
    private static void warmUpMainWindow() {
        long start = System.nanoTime();
        StorageWarmUp.renderQueries();
        WindowGeometryStore.warmUp(JsonMapperFactory.create());
        int loaded = loadMainWindowClasses();
        LOG.debug("Main window warmed up in {} ms ({} classes loaded)",
                (System.nanoTime() - start) / 1_000_000, loaded);
    }

    /** Loads and links the listed classes (see {@link ClassList}); returns how many were found. */
    static int loadMainWindowClasses() {
        return ClassList.loadAndLink(mainWindowClasses(), UnlockWarmUps.class.getClassLoader());
    }

    static List<String> mainWindowClasses() {
        return ClassList.read(UnlockWarmUps.class, MAIN_WINDOW_CLASSES);
    }
}
