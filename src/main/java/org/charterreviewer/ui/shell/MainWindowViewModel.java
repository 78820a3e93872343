package org.charterreviewer.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.charterreviewer.AppVersion;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.DatabaseSummary;

/** State of the main window: where the officer is, and what the status bar says. */
public final class MainWindowViewModel {

    private final ReadOnlyObjectWrapper<Destination> destination = new ReadOnlyObjectWrapper<>(Destination.REVIEWS);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final String dataFolder;

    public MainWindowViewModel(String dataFolder) {
        this.dataFolder = dataFolder;
    }

    public ReadOnlyObjectProperty<Destination> destinationProperty() {
        return destination.getReadOnlyProperty();
    }

    public Destination getDestination() {
        return destination.get();
    }

    public void navigate(Destination target) {
        destination.set(target);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public String getStatus() {
        return status.get();
    }

    public void showStatus(String text) {
        status.set(text);
    }

    /** "Last sync: …" at the right of the status bar; empty when not connected to a council database. */
    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public void showLastSync(String text) {
        lastSync.set(text == null ? "" : text);
    }

    /** The status line when nothing else is going on: the data folder and what it holds. */
    public void showSummary(DatabaseSummary summary) {
        status.set(Messages.tr("status.summary", summary.charters(), summary.schools(), summary.reviews(),
                dataFolder));
    }

    public String title() {
        return AppVersion.APP_NAME;
    }

    public String aboutText() {
        return Messages.tr("about.text", AppVersion.version(), dataFolder,
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"));
    }
}
