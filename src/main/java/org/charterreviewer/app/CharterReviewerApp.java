package org.charterreviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.charterreviewer.AppVersion;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.DataFolderInUseException;
import org.charterreviewer.storage.StorageException;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the workspace off the FX thread (in {@link #init()}), shows the
 * main window, and closes everything in order on exit. If the data folder cannot be opened it says
 * why in plain words and exits with the command line's matching code.
 */
public class CharterReviewerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CharterReviewerApp.class);

    private static volatile int exitCode = 0;

    private Workspace workspace;
    private RuntimeException startupFailure;
    private MainWindow mainWindow;

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        Optional<Path> dataDir = Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of);
        try {
            workspace = Launcher.openWorkspace(new WorkspaceOptions(dataDir, Optional.empty(), Clock.systemUTC()));
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            refuseToStart(startupFailure);
            return;
        }
        mainWindow = new MainWindow(stage, workspace, getHostServices());
        mainWindow.show();
        // Start-up time as the officer feels it; docs/PERFORMANCE.md compares it with and without CDS.
        LOG.info("Main window shown {} ms after the process started", ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L));
    }

    /** Shows why the app cannot start, in plain words, and sets the matching exit code. */
    private void refuseToStart(RuntimeException failure) {
        String message;
        if (failure instanceof DataFolderInUseException) {
            exitCode = 3;
            message = Messages.tr("startup.inUse");
        } else if (failure instanceof WrongPassphraseException) {
            exitCode = 4;
            message = failure.getMessage();
        } else if (failure instanceof StorageException) {
            exitCode = 1;
            message = failure.getMessage();
        } else {
            exitCode = 1;
            LOG.error("The app could not start", failure);
            message = Messages.tr("startup.failed");
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(AppVersion.APP_NAME);
        alert.setHeaderText(Messages.tr("startup.cannotOpen"));
        alert.getDialogPane().setId("startup-error");
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.shutdown();
        }
        if (workspace != null) {
            workspace.close();
        }
        LOG.info("Stopped");
    }
}
