package org.charterreviewer.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.charterreviewer.protection.RedactedFailure;
import org.charterreviewer.AppVersion;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.DataFolderInUseException;
import org.charterreviewer.storage.DatabaseDamagedException;
import org.charterreviewer.storage.InstanceLock;
import org.charterreviewer.storage.StorageException;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.workspace.WorkspaceOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Before anything else it checks that no other copy has the data folder
 * open; then it asks for the passphrase (or to set one on a first start), opens the workspace off
 * the FX thread and shows the main window ({@link ProtectedSession}). If the data folder cannot be
 * opened it says why in plain words and exits with the command line's matching code.
 */
public class CharterReviewerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CharterReviewerApp.class);

    private static volatile int exitCode = 0;

    private WorkspaceOptions options;
    private WindowStart.Prepared prepared;
    private RuntimeException startupFailure;
    private InstanceLock startupLock;
    private ProtectedSession session;

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void init() {
        Optional<Path> dataDir = Optional.ofNullable(getParameters().getNamed().get("data-dir")).map(Path::of);
        options = new WorkspaceOptions(dataDir, Optional.empty(), Clock.systemUTC());
        // Usually prepared while JavaFX started (the launcher began it); "already open" and a
        // damaged file are known before a passphrase is asked for.
        prepared = WindowStart.take(dataDir);
        startupFailure = prepared.failure();
        startupLock = prepared.lock();
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null && !(startupFailure instanceof DatabaseDamagedException && startupLock != null)) {
            refuseToStart(startupFailure);
            return;
        }
        session = new ProtectedSession(stage, options, getHostServices(), this::refuseToStart, prepared);
        if (startupFailure != null) {
            refuseToStart(startupFailure);
            return;
        }
        session.begin(prepared.state());
    }

    /** Shows why the app cannot start, in plain words, and sets the matching exit code. */
    private void refuseToStart(RuntimeException failure) {
        if (failure instanceof DatabaseDamagedException damaged && session != null) {
            // Exit code 1 unless the officer restores a backup and carries on.
            exitCode = 1;
            session.offerRestore(damaged, () -> exitCode = 0);
            return;
        }
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
            LOG.error("The app could not start", RedactedFailure.of(failure));
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
        if (session != null) {
            session.shutdown();
        } else if (startupLock != null) {
            startupLock.close();
        }
        LOG.info("Stopped");
    }
}
