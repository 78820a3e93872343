package org.charterreviewer.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.i18n.Messages;

/**
 * The folder that holds everything of one officer's install: the database file, logs, the signing
 * identity, backups and window settings. Resolved from {@code --data-dir}, then the environment
 * variable {@code CHARTER_REVIEWER_HOME}, then the operating system's per-user data folder.
 */
public final class DataFolder {

    public static final String HOME_VARIABLE = "CHARTER_REVIEWER_HOME";

    /** H2 adds ".mv.db" to this name. */
    static final String DATABASE_NAME = "charter-reviewer";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataFolder at(Path root) {
        return new DataFolder(root);
    }

    /** The folder to use, given an explicit choice (may be empty), the environment and system properties. */
    public static DataFolder resolve(Optional<Path> explicit, Map<String, String> environment,
            String osName, String userHome) {
        if (explicit.isPresent()) {
            return new DataFolder(explicit.get());
        }
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        return new DataFolder(defaultFor(environment, osName, userHome));
    }

    /** The folder for this process: explicit choice, else the environment, else the OS default. */
    public static DataFolder resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    static Path defaultFor(Map<String, String> environment, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Charter Reviewer");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Charter Reviewer");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("charter-reviewer");
    }

    public Path root() {
        return root;
    }

    /** The H2 database file itself ({@code charter-reviewer.mv.db}). */
    public Path databaseFile() {
        return root.resolve(DATABASE_NAME + ".mv.db");
    }

    /** The path H2 is given: the file name without H2's own ".mv.db" ending. */
    Path databaseBasePath() {
        return root.resolve(DATABASE_NAME);
    }

    public Path logsFolder() {
        return root.resolve("logs");
    }

    public Path identityFolder() {
        return root.resolve("identity");
    }

    public Path backupsFolder() {
        return root.resolve("backups");
    }

    public Path lockFile() {
        return root.resolve("charter-reviewer.lock");
    }

    /** Temporary files of work in progress (an unpacked bundle); see {@link DataTempFolder}. */
    public Path tempFolder() {
        return root.resolve("tmp");
    }

    public Path windowSettingsFile() {
        return root.resolve("window.json");
    }

    /** Text size and contrast: read before the passphrase is asked, so kept outside the database. */
    public Path appearanceSettingsFile() {
        return root.resolve("appearance.json");
    }

    /** True when this folder has no database yet (the first start). */
    public boolean isNew() {
        return !Files.exists(databaseFile());
    }

    /** Creates the folder and its logs folder if they are missing, both owner-only. */
    public DataFolder create() {
        try {
            OwnerOnlyFiles.createFolder(root);
            OwnerOnlyFiles.createFolder(logsFolder());
            return this;
        } catch (IOException e) {
            if (FailureKind.of(e) == FailureKind.READ_ONLY) {
                throw new StorageException(Messages.tr("storage.readOnly", root), e);
            }
            if (FailureKind.of(e) == FailureKind.NO_SPACE) {
                throw new StorageException(Messages.tr("storage.noSpace", root), e);
            }
            throw new StorageException(Messages.tr("storage.cannotCreate", root), e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
