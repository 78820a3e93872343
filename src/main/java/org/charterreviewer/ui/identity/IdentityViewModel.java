package org.charterreviewer.ui.identity;

import org.charterreviewer.i18n.Dates;
import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.identity.IdentityDetails;
import org.charterreviewer.identity.IdentityService;
import org.charterreviewer.storage.WrongPassphraseException;
import org.charterreviewer.ui.common.BackgroundTask;
import org.charterreviewer.ui.common.DialogService;
import org.charterreviewer.ui.common.TaskExecutor;

/**
 * The signing identity dialog's state: the officer's name, role, council and logo for a new
 * identity, or a council-issued .p12 file to import, and the identity once there is one. The key
 * is kept under the passphrase the app was opened with; as the app does not keep it after opening,
 * the officer types it again here and it is checked before anything is stored.
 */
public final class IdentityViewModel {

    /** Checks that a passphrase is the one this data folder was opened with; throws {@link WrongPassphraseException} if not. */
    @FunctionalInterface
    public interface PassphraseCheck {
        void check(char[] passphrase);
    }


    private final IdentityService identity;
    private final PassphraseCheck passphraseCheck;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty council = new SimpleStringProperty("");
    private final ObjectProperty<Path> logo = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> p12 = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<IdentityDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public IdentityViewModel(IdentityService identity, PassphraseCheck passphraseCheck, TaskExecutor tasks,
            DialogService dialogs) {
        this.identity = identity;
        this.passphraseCheck = passphraseCheck;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reads the current identity, if any (off the FX thread). */
    public void load() {
        tasks.execute(BackgroundTask.of(tr("identity.ui.task.loading"),
                monitor -> identity.exists() ? Optional.of(identity.show()) : Optional.<IdentityDetails>empty())
                .notCancellable()
                .onSuccess(found -> showDetails(found.orElse(null)))
                .onFailure(error -> message.set(plain(error))));
    }

    public void chooseLogo() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("identity.ui.logo.choose"), tr("identity.ui.logo.filter"),
                "*.png", "*.jpg", "*.jpeg");
        if (!files.isEmpty()) {
            logo.set(files.get(0));
        }
    }

    public void chooseP12() {
        List<Path> files = dialogs.chooseFilesToOpen(tr("identity.ui.p12.choose"), tr("identity.ui.p12.filter"),
                "*.p12", "*.pfx");
        if (!files.isEmpty()) {
            p12.set(files.get(0));
        }
    }

    /** Creates a key and self-signed certificate for the officer; {@code passphrase} is wiped afterwards. */
    public void create(char[] passphrase) {
        String officer = name.get();
        String officerRole = role.get();
        String councilName = council.get();
        Optional<Path> logoFile = Optional.ofNullable(logo.get());
        boolean replace = details.get() != null;
        if (replace && !confirmReplace()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        run(tr("identity.ui.task.creating"), passphrase, () -> identity.create(officer, officerRole, councilName,
                passphrase, logoFile, replace));
    }

    /** Imports the chosen .p12 file, keeping its key under the app's passphrase; both are wiped afterwards. */
    public void importP12(char[] filePassword, char[] passphrase) {
        Path file = p12.get();
        if (file == null) {
            message.set(tr("identity.ui.p12.missing"));
            Arrays.fill(filePassword, '\0');
            Arrays.fill(passphrase, '\0');
            return;
        }
        Optional<String> officer = optional(name.get());
        Optional<String> officerRole = optional(role.get());
        Optional<String> councilName = optional(council.get());
        Optional<Path> logoFile = Optional.ofNullable(logo.get());
        boolean replace = details.get() != null;
        if (replace && !confirmReplace()) {
            Arrays.fill(filePassword, '\0');
            Arrays.fill(passphrase, '\0');
            return;
        }
        run(tr("identity.ui.task.importing"), passphrase, () -> {
            try {
                return identity.importPkcs12(file, filePassword, Optional.of(passphrase), officer, officerRole,
                        councilName, logoFile, replace);
            } catch (WrongPassphraseException e) {
                throw new InvalidInputException(tr("identity.ui.p12.wrongPassword"), e);
            } finally {
                Arrays.fill(filePassword, '\0');
            }
        });
    }

    /**
     * Replacing the key is not undoable: certificates already issued stay valid, but recipients who
     * trusted the old certificate must be sent the new one. The officer says so knowingly.
     */
    private boolean confirmReplace() {
        IdentityDetails current = details.get();
        boolean replace = dialogs.confirmIrreversible(tr("identity.ui.replace.title"),
                tr("identity.ui.replace.message", current.officerName(), current.sha256Fingerprint()),
                tr("dialog.action.replace"));
        if (!replace) {
            message.set(tr("identity.ui.replace.kept"));
        }
        return replace;
    }

    private void run(String title, char[] passphrase, java.util.function.Supplier<IdentityDetails> work) {
        busy.set(true);
        message.set("");
        tasks.execute(BackgroundTask.of(title, monitor -> {
            try {
                passphraseCheck.check(passphrase);
                return work.get();
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }).notCancellable().onSuccess(created -> {
            busy.set(false);
            showDetails(created);
            message.set(tr("identity.ui.saved"));
        }).onFailure(error -> {
            busy.set(false);
            message.set(plain(error));
        }));
    }

    /** Writes the public certificate (.cer) where the officer chooses, for recipients to trust. */
    public void exportPublicCertificate() {
        if (details.get() == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseFileToSave(tr("identity.ui.export.title"), "signing-certificate.cer",
                tr("identity.ui.export.filter"), "*.cer");
        target.ifPresent(file -> tasks.execute(BackgroundTask.of(tr("identity.ui.export.title"), monitor -> {
            identity.exportCertificate(file);
            return file;
        }).notCancellable()
                .onSuccess(written -> dialogs.showInformation(tr("identity.ui.export.title"), tr("identity.exported", written)))
                .onFailure(error -> dialogs.showError(tr("identity.ui.export.title"), plain(error)))));
    }

    private void showDetails(IdentityDetails found) {
        details.set(found);
        if (found == null) {
            summary.set(tr("identity.ui.none"));
            return;
        }
        name.set(found.officerName());
        role.set(found.role());
        council.set(found.councilName());
        summary.set(tr("identity.ui.summary", found.officerName(), found.role(), found.councilName(),
                twoLines(found.sha256Fingerprint()), Dates.day(found.validUntil()),
                tr(found.selfSigned() ? "identity.ui.selfSigned" : "identity.ui.councilIssued")));
    }

    /** The 32-byte fingerprint on two lines of 16 bytes, so it fits and can be read out in halves. */
    static String twoLines(String fingerprint) {
        int middle = fingerprint.length() / 2;
        return fingerprint.length() > 60 && fingerprint.charAt(middle) == ':'
                ? fingerprint.substring(0, middle) + "\n" + fingerprint.substring(middle + 1) : fingerprint;
    }

    private static String plain(Exception error) {
        if (error instanceof InvalidInputException || error instanceof WrongPassphraseException) {
            return error.getMessage();
        }
        return tr("identity.ui.failed");
    }

    private static Optional<String> optional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty councilProperty() {
        return council;
    }

    public ObjectProperty<Path> logoProperty() {
        return logo;
    }

    public ObjectProperty<Path> p12Property() {
        return p12;
    }

    public ReadOnlyObjectProperty<IdentityDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public IdentityDetails getDetails() {
        return details.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
