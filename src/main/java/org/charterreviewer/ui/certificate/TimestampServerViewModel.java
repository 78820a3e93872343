package org.charterreviewer.ui.certificate;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.certificate.TrustedTime;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.ErrorText;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The council's timestamp server (RFC 3161) in the Council database dialog, as
 * {@code certificate timestamp-server} sets it: the address typed, checked by the same service
 * before it is kept, and what is set now said in words. Reads and writes run off the FX thread.
 */
public final class TimestampServerViewModel {

    private final TrustedTime trustedTime;
    private final TaskExecutor tasks;

    private final StringProperty url = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public TimestampServerViewModel(TrustedTime trustedTime, TaskExecutor tasks) {
        this.trustedTime = trustedTime;
        this.tasks = tasks;
    }

    /** Reads the kept setting and shows it. */
    public void refresh() {
        run(tr("extend.ui.task.readingServer"), Optional.empty(), false);
    }

    /** Keeps the typed address as the council's timestamp server; an address that is not one is refused in words. */
    public void save() {
        String typed = url.get() == null ? "" : url.get().strip();
        if (typed.isEmpty()) {
            clear();
            return;
        }
        run(tr("extend.ui.task.savingServer"), Optional.of(typed), true);
    }

    /** Signs without a timestamp server from now on. */
    public void clear() {
        run(tr("extend.ui.task.savingServer"), Optional.empty(), true);
    }

    private void run(String title, Optional<String> newServer, boolean write) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(title, monitor -> {
            if (write) {
                trustedTime.setCouncilServer(newServer);
            }
            return trustedTime.councilServer();
        }).notCancellable().onSuccess(server -> {
            busy.set(false);
            problem.set(false);
            url.set(server.orElse(""));
            message.set(server.map(s -> tr("certificate.tsa.current", s)).orElseGet(() -> tr("certificate.tsa.cleared")));
        }).onFailure(error -> {
            busy.set(false);
            problem.set(true);
            message.set(ErrorText.of(error, "extend.ui.serverFailed"));
        }));
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** What is set now, or why the address typed was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** True while the message says why an address was refused. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
