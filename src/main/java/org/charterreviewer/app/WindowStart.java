package org.charterreviewer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.protection.DatabaseEncryption;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DatabaseCheck;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.ui.common.ClassList;
import org.charterreviewer.ui.shell.AppearanceSettings;
import org.charterreviewer.ui.shell.AppearanceStore;
import org.charterreviewer.ui.shell.SystemHighContrast;

/**
 * What the window needs before its first frame: the data folder made and its log opened, the
 * folder's lock taken (so a second copy is told "already open" before a passphrase is asked for), a
 * damaged file named, whether a passphrase is set yet, and the officer's text size and contrast
 * (on Windows, asking the system's contrast starts a {@code reg} process). The launcher starts this
 * on a thread of its own just before JavaFX starts, so it runs while the toolkit starts, about 0.7 s
 * in which the second core is idle (issue #15, eighth pass); the application then takes the result.
 * The same thread then loads and links the passphrase window's classes for the FX thread.
 * When nobody started it (a test launching the application itself), it runs when taken.
 */
final class WindowStart {

    /** The classes the passphrase window loads once JavaFX has started, beside this class. */
    static final String FIRST_WINDOW_CLASSES = "first-window-classes.txt";

    /** Set by {@link #begin}, cleared by {@link #take}: one window start per process. */
    private static final AtomicReference<Begun> BEGUN = new AtomicReference<>();

    private WindowStart() {
    }

    /**
     * The result. {@code failure} is what stopped the start, if anything; {@code folder},
     * {@code lock}, {@code state} and {@code appearanceStore} are whatever was reached before it
     * ({@code appearanceStore} null without a folder), {@code appearance} what that store held.
     */
    record Prepared(DataFolder folder, InstanceLock lock, DatabaseState state, RuntimeException failure,
            AppearanceStore appearanceStore, AppearanceSettings appearance, boolean systemHighContrast) {
    }

    private record Begun(Optional<Path> dataDir, FutureTask<Prepared> task) {
    }

    /** Starts preparing the window's start for this data folder (empty: the usual one). */
    static void begin(Optional<Path> dataDir) {
        Optional<Path> absolute = dataDir.map(Path::toAbsolutePath);
        FutureTask<Prepared> task = new FutureTask<>(() -> prepare(absolute));
        if (BEGUN.compareAndSet(null, new Begun(absolute, task))) {
            Thread thread = new Thread(() -> {
                task.run();
                // Then the first window's own classes, while the toolkit is still starting.
                ClassList.loadAndLink(ClassList.read(WindowStart.class, FIRST_WINDOW_CLASSES),
                        WindowStart.class.getClassLoader());
            }, "window-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The prepared start for this data folder: waits for the one begun, or prepares it now. */
    static Prepared take(Optional<Path> dataDir) {
        Optional<Path> absolute = dataDir.map(Path::toAbsolutePath);
        Begun begun = BEGUN.getAndSet(null);
        if (begun == null) {
            return prepare(absolute);
        }
        Prepared prepared = await(begun.task());
        if (begun.dataDir().equals(absolute)) {
            return prepared;
        }
        // Begun for another folder (not done by the launcher, which passes the same folder on).
        if (prepared.lock() != null) {
            prepared.lock().close();
        }
        return prepare(absolute);
    }

    private static Prepared prepare(Optional<Path> dataDir) {
        DataFolder folder = null;
        InstanceLock lock = null;
        DatabaseState state = null;
        RuntimeException failure = null;
        try {
            folder = DataFolder.resolve(dataDir).create();
            LogConfiguration.writeTo(folder.logsFolder());
            lock = InstanceLock.acquire(folder);
            // A damaged file must be named before a passphrase is asked for (an emptied one would
            // otherwise look like a folder that needs a first passphrase).
            DatabaseCheck.requireIntact(folder);
            state = DatabaseEncryption.state(folder);
        } catch (RuntimeException e) {
            failure = e;
        }
        AppearanceStore appearanceStore = null;
        AppearanceSettings appearance = AppearanceSettings.DEFAULT;
        boolean systemHighContrast = false;
        if (folder != null) {
            appearanceStore = new AppearanceStore(folder.appearanceSettingsFile(), JsonMapperFactory::create);
            appearance = appearanceStore.load();
            systemHighContrast = SystemHighContrast.asked();
        }
        return new Prepared(folder, lock, state, failure, appearanceStore, appearance, systemHighContrast);
    }

    private static Prepared await(FutureTask<Prepared> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the window's start was prepared", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The window's start could not be prepared", e.getCause());
        }
    }
}
