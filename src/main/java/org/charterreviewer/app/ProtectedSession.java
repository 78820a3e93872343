package org.charterreviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.AppVersion;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.protection.BackupInfo;
import org.charterreviewer.protection.BackupService;
import org.charterreviewer.protection.DatabaseState;
import org.charterreviewer.protection.PassphraseKeys;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DatabaseDamagedException;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.Styles;
import org.charterreviewer.ui.shell.Appearance;
import org.charterreviewer.ui.protection.BackupListView;
import org.charterreviewer.ui.protection.BackupListViewModel;
import org.charterreviewer.ui.protection.PassphraseView;
import org.charterreviewer.ui.protection.PassphraseViewModel;
import org.charterreviewer.ui.protection.PassphraseViewModel.Mode;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's life with an encrypted data folder: asks for the passphrase (or to set one), opens
 * the workspace off the FX thread while showing that it is working, then shows the main window.
 * Changing the passphrase and restoring a backup close the workspace, do their work on the closed
 * file, and open it again the same way. On exit it takes the automatic backup.
 */
final class ProtectedSession {

    private static final Logger LOG = LoggerFactory.getLogger(ProtectedSession.class);

    private final Stage stage;
    private final WorkspaceOptions options;
    private final HostServices hostServices;
    private final Consumer<RuntimeException> refuseToStart;
    private Workspace workspace;
    private MainWindow mainWindow;
    /** Held from the start until the workspace takes the folder's lock over. */
    private volatile InstanceLock waitingLock;
    private boolean firstWindowShown;
    /** When the officer last gave the passphrase (System.nanoTime), for the unlock time in the log. */
    private long passphraseGivenAt;
    private final Appearance appearance;

    ProtectedSession(Stage stage, WorkspaceOptions options, HostServices hostServices,
            Consumer<RuntimeException> refuseToStart, WindowStart.Prepared prepared) {
        this.stage = stage;
        this.waitingLock = prepared.lock();
        this.options = options;
        this.hostServices = hostServices;
        this.refuseToStart = refuseToStart;
        // Read before the passphrase is asked, so the first window already has the officer's text size.
        this.appearance = new Appearance(prepared.appearanceStore(), prepared.appearance(),
                prepared.systemHighContrast());
        appearance.install();
    }

    /** First start (or a folder from an earlier version) sets a passphrase; later starts enter it. */
    void begin(DatabaseState state) {
        prompt(state == DatabaseState.ENCRYPTED ? Mode.ENTER : Mode.SET, null);
    }

    private void prompt(Mode mode, String message) {
        PassphraseViewModel viewModel = new PassphraseViewModel(mode);
        if (message != null) {
            viewModel.failed(message);
        }
        PassphraseView view = new PassphraseView(viewModel, submission -> open(viewModel, submission.passphrase()),
                Platform::exit);
        StackPane centred = new StackPane(view);
        centred.getStyleClass().add(Styles.SCREEN);
        show(centred, viewModel.title());
        view.focusFirstField();
        if (!firstWindowShown) {
            firstWindowShown = true;
            UnlockWarmUps.startAfterFirstFrame(stage.getScene());
            // Start-up time as the officer feels it (the passphrase window comes first);
            // packaging/cds/measure-startup.sh reads this line.
            LOG.info("First window shown {} ms after the process started", millisSinceStart());
        }
    }

    private static long millisSinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }

    private void open(PassphraseViewModel viewModel, char[] passphrase) {
        passphraseGivenAt = System.nanoTime();
        // Started already unless the passphrase came before the window's first frame; then now,
        // after this frame (which shows the wait), while the key is derived. The main window's own
        // warm-up starts now if the controls' had not finished.
        Platform.runLater(UnlockWarmUps::passphraseGiven);
        inBackground(() -> {
            releaseWaitingLock();
            try {
                return Launcher.openWorkspace(options.withPassphrase(passphrase));
            } catch (WrongPassphraseException e) {
                waitingLock = InstanceLock.acquire(folder());
                throw e;
            } finally {
                PassphraseKeys.wipe(passphrase);
            }
        }, this::showMainWindow, error -> {
            if (error instanceof WrongPassphraseException) {
                viewModel.failed(error.getMessage());
            } else {
                refuseToStart.accept(error);
            }
        });
    }

    private void showMainWindow(Workspace opened) {
        workspace = opened;
        mainWindow = new MainWindow(stage, opened, hostServices, appearance);
        mainWindow.addFileMenuItems(ProtectionMenu.items(this::backUpNow, this::restore, this::changePassphrase)
                .toArray(javafx.scene.control.MenuItem[]::new));
        mainWindow.show();
        LOG.info("Main window shown {} ms after the process started", millisSinceStart());
        // Unlocking as the officer feels it (issue #15: at most a second beyond the key derivation,
        // which Workspace logs); benchmarks/run.sh reads this line.
        LOG.info("Main window shown {} ms after the passphrase was given",
                (System.nanoTime() - passphraseGivenAt) / 1_000_000);
    }

    private void backUpNow() {
        Optional<Path> folder = mainWindow.dialogs().chooseFolder(Messages.tr("protection.backup.chooseFolder"));
        if (folder.isEmpty()) {
            return;
        }
        Workspace current = workspace;
        MainWindow window = mainWindow;
        window.tasks().execute(BackgroundTask.of(Messages.tr("protection.backup.working"),
                monitor -> current.backups().create(folder.get()))
                .notCancellable()
                .onSuccess(file -> window.dialogs().showInformation(Messages.tr("protection.backup.done.title"),
                        Messages.tr("protection.backup.done.message", file)))
                .onFailure(error -> window.dialogs().showError(Messages.tr("protection.backup.failed.title"),
                        error.getMessage())));
    }

    private void changePassphrase() {
        PassphraseViewModel viewModel = new PassphraseViewModel(Mode.CHANGE);
        askInDialog(viewModel, submission -> afterClosing(viewModel.busyText(), () -> {
            try (InstanceLock lock = InstanceLock.acquire(folder())) {
                // The signing key moves to the new passphrase with the database, as on the command line.
                Workspace.encryption(folder()).changePassphrase(folder(), submission.current(),
                        submission.passphrase());
            } finally {
                PassphraseKeys.wipe(submission.current());
            }
            return submission.passphrase();
        }));
    }

    private void restore() {
        // The data folder's backups first, as backup list shows them; another file is one choice there.
        Optional<Path> chosen = BackupListView.choose(stage, new BackupListViewModel(folder().backupsFolder(),
                mainWindow.tasks(), mainWindow.dialogs()));
        if (chosen.isEmpty() || !mainWindow.dialogs().confirmIrreversible(Messages.tr("restore.confirm.title"),
                Messages.tr("restore.confirm.message", chosen.get().getFileName()), Messages.tr("dialog.action.restore"))) {
            return;
        }
        Path backup = chosen.get();
        PassphraseViewModel viewModel = new PassphraseViewModel(Mode.RESTORE);
        askInDialog(viewModel, submission -> afterClosing(viewModel.busyText(), () -> {
            try (InstanceLock lock = InstanceLock.acquire(folder())) {
                BackupService.restore(folder(), backup, submission.passphrase(), Clock.systemUTC());
            }
            return submission.passphrase();
        }));
    }

    private void askInDialog(PassphraseViewModel viewModel, Consumer<PassphraseViewModel.Submission> then) {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        PassphraseView view = new PassphraseView(viewModel, submission -> {
            dialog.close();
            then.accept(submission);
        }, dialog::close);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Styles.STYLESHEET);
        dialog.setScene(scene);
        dialog.setTitle(viewModel.title() + " – " + AppVersion.APP_NAME);
        dialog.setOnShown(event -> view.focusFirstField());
        dialog.show();
    }

    /**
     * Closes the workspace, runs {@code work} on the closed folder (it returns the passphrase to
     * reopen with), and opens the folder again. If the work fails, nothing was changed: the officer
     * is asked for the passphrase as at a start, with the reason shown.
     */
    private void afterClosing(String busyText, Callable<char[]> work) {
        Workspace closing = workspace;
        MainWindow leaving = mainWindow;
        workspace = null;
        mainWindow = null;
        leaving.shutdown();
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setAccessibleText(busyText);
        VBox box = new VBox(12, indicator, new Label(busyText));
        box.setAlignment(Pos.CENTER);
        box.setId("protection-working");
        show(box, busyText);
        inBackground(() -> {
            closing.close();
            char[] passphrase = work.call();
            try {
                return Launcher.openWorkspace(options.withPassphrase(passphrase));
            } finally {
                PassphraseKeys.wipe(passphrase);
            }
        }, this::showMainWindow, error -> {
            LOG.warn("Protection work failed: {}", error.getClass().getSimpleName());
            prompt(Mode.ENTER, error.getMessage());
        });
    }

    private DataFolder folder() {
        return DataFolder.resolve(options.dataDir());
    }

    private void show(Parent content, String title) {
        // At large text the words may be taller than the window: they scroll rather than being cut.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        Scene previous = stage.getScene();
        Scene scene = previous == null
                ? new Scene(scroll, 620, 480)
                : new Scene(scroll, previous.getWidth(), previous.getHeight());
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(title + " – " + AppVersion.APP_NAME);
        if (!stage.isShowing()) {
            stage.centerOnScreen();
            stage.show();
        }
    }

    private static <T> void inBackground(Callable<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            Throwable error = task.getException();
            onFailure.accept(error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error));
        });
        Thread thread = new Thread(task, "protection-work");
        thread.setDaemon(false);
        thread.start();
    }

    private synchronized void releaseWaitingLock() {
        if (waitingLock != null) {
            waitingLock.close();
            waitingLock = null;
        }
    }

    /**
     * The database file is damaged: says so, and offers the newest backup in the data folder. Choosing
     * it asks for the passphrase, restores (the damaged file is kept as a before-restore zip) and opens
     * the folder; {@code recovered} runs once the main window shows. Quitting leaves everything as is.
     */
    void offerRestore(DatabaseDamagedException damaged, Runnable recovered) {
        List<BackupInfo> backups = BackupService.list(folder().backupsFolder());
        String advice = backups.isEmpty()
                ? Messages.tr("startup.damaged.noBackup", folder().backupsFolder())
                : Messages.tr("startup.damaged.newest", backups.get(0).file());
        ButtonType restore = new ButtonType(Messages.tr("startup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Messages.tr("startup.damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, damaged.getMessage() + "\n\n" + advice);
        alert.getButtonTypes().setAll(backups.isEmpty() ? List.of(quit) : List.of(restore, quit));
        alert.setTitle(AppVersion.APP_NAME);
        alert.setHeaderText(Messages.tr("startup.damaged.title"));
        alert.getDialogPane().setId("damaged-data");
        if (alert.showAndWait().orElse(quit) != restore) {
            Platform.exit();
            return;
        }
        Path backup = backups.get(0).file();
        PassphraseViewModel viewModel = new PassphraseViewModel(Mode.RESTORE);
        PassphraseView view = new PassphraseView(viewModel, submission -> inBackground(() -> {
            releaseWaitingLock();
            char[] passphrase = submission.passphrase();
            try {
                try (InstanceLock lock = InstanceLock.acquire(folder())) {
                    BackupService.restore(folder(), backup, passphrase, Clock.systemUTC());
                }
                return Launcher.openWorkspace(options.withPassphrase(passphrase));
            } finally {
                PassphraseKeys.wipe(passphrase);
            }
        }, opened -> {
            recovered.run();
            showMainWindow(opened);
        }, error -> {
            if (error instanceof WrongPassphraseException) {
                viewModel.failed(error.getMessage());
            } else {
                refuseToStart.accept(error);
            }
        }), Platform::exit);
        StackPane centred = new StackPane(view);
        centred.getStyleClass().add(Styles.SCREEN);
        show(centred, viewModel.title());
        view.focusFirstField();
    }

    /** On leaving the window: the automatic backup, then the workspace closes. */
    void shutdown() {
        releaseWaitingLock();
        if (mainWindow != null) {
            mainWindow.shutdown();
        }
        if (workspace != null) {
            try {
                workspace.backups().createAutomatic();
            } catch (RuntimeException e) {
                LOG.warn("The automatic backup on exit failed", RedactedFailure.of(e));
            }
            workspace.close();
            workspace = null;
        }
    }
}
