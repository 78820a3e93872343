package org.charterreviewer.ui.team;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.team.SyncReport;
import org.charterreviewer.team.TeamService;
import org.charterreviewer.team.TeamStatus;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * File → Council database… and the Sync command without a window: the login form, connect, test
 * and disconnect, the sync with progress and Cancel (through the UI's one task executor), the
 * conflicts waiting for a person, and the "last sync" text of the status bar.
 */
public final class CouncilDatabaseViewModel {

    private final TeamService team;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable afterSync;

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final ConflictResolutionViewModel resolution;

    /** {@code afterSync} refreshes the screens once a sync brought reviews or schools in. */
    public CouncilDatabaseViewModel(TeamService team, TaskExecutor tasks, DialogService dialogs, Runnable afterSync) {
        this.team = team;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.afterSync = afterSync;
        this.resolution = new ConflictResolutionViewModel(team, tasks, dialogs, () -> {
            afterSync.run();
            refresh();
        });
    }

    /** The conflicts with both versions side by side, and the choice between them. */
    public ConflictResolutionViewModel resolution() {
        return resolution;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** Cleared as soon as a connect is started, so the password does not linger in the form. */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public boolean isConnected() {
        return connected.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** "Last sync: 4 Dec 2026 09:12" for the status bar; empty when not connected. */
    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public String getLastSync() {
        return lastSync.get();
    }

    /** Reads the kept settings (off the FX thread) and shows them. */
    public void refresh() {
        reload(null);
    }

    /** Reads the settings again; {@code done}, if given, replaces the usual message once they are shown. */
    private void reload(String done) {
        tasks.execute(BackgroundTask.of(Messages.tr("team.task.status"), monitor -> team.status()).notCancellable()
                .onSuccess(status -> {
                    show(status);
                    if (done != null) {
                        message.set(done);
                    }
                }).onFailure(this::fail));
    }

    private void show(TeamStatus status) {
        connected.set(status.connected());
        if (status.connected()) {
            url.set(status.url());
            user.set(status.user());
            message.set(Messages.tr("team.form.connectedAs", status.user()));
        } else {
            message.set(Messages.tr("team.form.notConnected"));
        }
        lastSync.set(!status.connected() ? ""
                : status.lastSync() == null ? Messages.tr("team.status.neverSynced")
                : Messages.tr("team.status.lastSync", Dates.dayAndTime(status.lastSync())));
        if (!status.conflicts().isEmpty() || !resolution.conflicts().isEmpty()) {
            resolution.refresh();
        }
    }

    /** Tests the login and the server, and keeps it if both work. */
    public void connect() {
        String typedUrl = url.get();
        String typedUser = user.get();
        char[] typedPassword = password.get().toCharArray();
        password.set("");
        run(Messages.tr("team.task.connect"), monitor -> team.connect(typedUrl, typedUser, typedPassword),
                Messages.tr("team.form.connected"));
    }

    /** Tests the kept login without changing anything. */
    public void test() {
        run(Messages.tr("team.task.test"), monitor -> {
            team.test();
            return team.status();
        }, Messages.tr("team.form.testOk"));
    }

    /**
     * Council IT's step ({@code team prepare-server}): creates or upgrades the council tables with the
     * login typed in the form, which must be the database owner's. Asks first; keeps no login.
     */
    public void prepareServer() {
        String typedUrl = url.get();
        String typedUser = user.get();
        if (!dialogs.confirm(Messages.tr("team.prepare.title"), Messages.tr("team.prepare.message", typedUrl, typedUser),
                Messages.tr("team.prepare.yes"), Messages.tr("dialog.cancel"))) {
            return;
        }
        char[] typedPassword = password.get().toCharArray();
        password.set("");
        run(Messages.tr("team.task.prepare"), monitor -> {
            team.prepareServer(typedUrl, typedUser, typedPassword);
            return team.status();
        }, Messages.tr("team.prepare.done", TeamService.COUNCIL_SCHEMA_VERSION));
    }

    public void disconnect() {
        if (dialogs.confirm(Messages.tr("team.disconnect.title"), Messages.tr("team.disconnect.message"),
                Messages.tr("team.disconnect.yes"), Messages.tr("dialog.cancel"))) {
            run(Messages.tr("team.task.disconnect"), monitor -> {
                team.disconnect();
                return team.status();
            }, Messages.tr("team.form.notConnected"));
        }
    }

    /** Syncs now, with progress and Cancel in the status bar; a stopped sync resumes next time. */
    public void sync() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(Messages.tr("team.task.sync"), team::sync)
                .onSuccess(report -> {
                    busy.set(false);
                    afterSync.run();
                    reload(summary(report));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    message.set(Messages.tr("team.sync.cancelled"));
                    afterSync.run();
                })
                .onFailure(this::fail));
    }

    static String summary(SyncReport report) {
        return Messages.tr("cli.team.synced", report.reviewsPushed(), report.reviewsPulled(), report.conflictsFound(),
                report.chartersPulled(), report.schoolsPulled(), report.schoolsErased());
    }

    /** One short step against the server (it cannot be cut halfway), then {@code done} as the message. */
    private void run(String title, BackgroundTask.Work<TeamStatus> work, String done) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(title, work).notCancellable().onSuccess(status -> {
            busy.set(false);
            show(status);
            message.set(done);
        }).onFailure(this::fail));
    }

    /** Every failure reaches the officer as the service's plain message, never a stack trace. */
    private void fail(Exception error) {
        busy.set(false);
        String text = ErrorText.of(error, "team.error.unexpected");
        message.set(text);
        dialogs.showError(Messages.tr("team.dialog.title"), text);
    }
}
