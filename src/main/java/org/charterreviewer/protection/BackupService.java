package org.charterreviewer.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.charterreviewer.AppVersion;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.CrashPoints;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.DatabaseCheck;
import org.charterreviewer.storage.OwnerOnlyFiles;
import org.charterreviewer.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a data folder: one zip file holding a consistent copy of the database taken while it
 * is open (H2's {@code BACKUP TO}, which copies the file as stored, so an encrypted database stays
 * encrypted) and the key file. Taken on demand to any folder, and automatically on leaving the
 * window into {@code <data>/backups}, keeping the newest {@code backup.keep} (default 7).
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 7;
    static final String PREFIX = "charter-reviewer-backup-";
    static final String DATABASE_ENTRY = "charter-reviewer.mv.db";
    static final String MANIFEST_ENTRY = "backup.json";
    /** The signing identity's files travel with the data, so a restore brings back a key the restored passphrase opens. */
    static final String IDENTITY_PREFIX = "identity/";
    private static final String RESTORED_IDENTITY = "identity";
    /** Where a backup is unpacked and checked before it replaces the database; never outlives a restore. */
    static final String RESTORE_CHECK_FOLDER = ".restore-check";
    static final String BACKUP_WORK_FOLDER = ".backup-work";
    static final String IDENTITY_BEFORE_RESTORE = ".identity-before-restore";
    static final List<String> IDENTITY_FILES = List.of("identity.p12", "identity.json", "certificate.cer",
            "council-logo.png", "council-logo.jpg");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d{8}T\\d{6}Z)(?:-\\d+)?\\.zip");

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;

    public BackupService(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
    }

    /** Takes a backup into {@code targetFolder} (created if missing) and returns the file. */
    public Path create(Path targetFolder) {
        Instant now = Instant.now(clock);
        Path work = folder.root().resolve(BACKUP_WORK_FOLDER);
        try {
            if (targetFolder.toAbsolutePath().normalize().equals(folder.backupsFolder())) {
                OwnerOnlyFiles.createFolder(targetFolder);
            } else {
                Files.createDirectories(targetFolder);
            }
            DatabaseEncryption.deleteTree(work);
            OwnerOnlyFiles.createFolder(work);
            Path h2Zip = work.resolve("h2-backup.zip");
            try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
            }
            Path target = freeName(targetFolder, PREFIX + STAMP.format(now));
            Path keyFile = KeyFile.pathIn(folder);
            boolean encrypted = Files.exists(keyFile)
                    && DatabaseEncryption.state(folder) == DatabaseState.ENCRYPTED;
            AtomicFileWriter.write(target, out -> writeBackup(out, h2Zip, encrypted ? keyFile : null,
                    folder.identityFolder(), now, encrypted));
            LOG.info("Backup taken ({} bytes)", Files.size(target));
            return target;
        } catch (IOException | SQLException e) {
            throw new StorageException(Messages.tr("protection.backup.createFailed", targetFolder), e);
        } finally {
            try {
                DatabaseEncryption.deleteTree(work);
            } catch (IOException e) {
                LOG.warn("Cannot remove the backup work folder", RedactedFailure.of(e));
            }
        }
    }

    /** The backup taken on leaving: into the data folder's backups, keeping only the newest N. */
    public Path createAutomatic() {
        Path taken = create(folder.backupsFolder());
        prune(folder.backupsFolder(), keep());
        return taken;
    }

    /** How many automatic backups to keep: app setting {@code backup.keep}, else 7. */
    public int keep() {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            query.setString(1, KEEP_SETTING);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    int keep = Integer.parseInt(rs.getString(1).strip());
                    return Math.max(1, keep);
                }
            }
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("Cannot read the backup.keep setting; keeping {}", DEFAULT_KEEP);
        }
        return DEFAULT_KEEP;
    }

    /** Deletes all but the newest {@code keep} backups in {@code backupFolder}. */
    public static List<Path> prune(Path backupFolder, int keep) {
        List<Path> removed = new ArrayList<>();
        List<BackupInfo> all = list(backupFolder);
        for (BackupInfo old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                removed.add(old.file());
            } catch (IOException e) {
                LOG.warn("Cannot delete an old backup", RedactedFailure.of(e));
            }
        }
        return removed;
    }

    /** The backups in a folder, newest first. */
    public static List<BackupInfo> list(Path backupFolder) {
        if (!Files.isDirectory(backupFolder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupFolder)) {
            for (Path file : files.toList()) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    found.add(new BackupInfo(file, Instant.from(STAMP.parse(matcher.group(1))), Files.size(file)));
                }
            }
        } catch (IOException | DateTimeParseException e) {
            throw new StorageException(Messages.tr("protection.backup.listFailed", backupFolder), e);
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(info -> info.file().getFileName())
                .reversed());
        return found;
    }

    public Path defaultFolder() {
        return folder.backupsFolder();
    }

    /**
     * Replaces the database of {@code folder} (locked by the caller, database closed) with the one in
     * {@code backup}: first checks the backup opens with {@code passphrase} in a separate folder, keeps
     * the current file as {@code backups/before-restore-<time>.zip}, then moves the checked file into
     * place in one step. Afterwards the folder opens with {@code passphrase}.
     */
    public static Path restore(DataFolder folder, Path backup, char[] passphrase, Clock clock) {
        Path check = folder.root().resolve(RESTORE_CHECK_FOLDER);
        DatabaseEncryption encryption = DatabaseEncryption.standard();
        char[] backupKey = null;
        char[] liveKey = null;
        try {
            DatabaseEncryption.deleteTree(check);
            OwnerOnlyFiles.createFolder(check);
            Optional<KeyFile> backupKeyFile = extract(backup, check);
            DataFolder checkFolder = DataFolder.at(check);
            DatabaseState backupState = DatabaseEncryption.state(checkFolder);
            if (backupState == DatabaseState.ENCRYPTED) {
                if (backupKeyFile.isEmpty()) {
                    throw new InvalidInputException(Messages.tr("protection.backup.noKeyFile", backup.getFileName()));
                }
                backupKey = PassphraseKeys.derive(passphrase, backupKeyFile.get());
            }
            // Opening it also brings an older backup up to the current schema.
            try (Database opened = Database.open(checkFolder, Optional.ofNullable(backupKey))) {
                LOG.info("Backup checked: it opens");
            }
            Path liveKeyPath = KeyFile.pathIn(folder);
            if (!Files.exists(liveKeyPath)) {
                backupKeyFile.orElseGet(KeyFile::generate).writeTo(folder.root());
            }
            KeyFile liveKeyFile = KeyFile.read(folder.root());
            liveKey = PassphraseKeys.derive(passphrase, liveKeyFile);
            Path kept = null;
            if (Files.exists(folder.databaseFile())) {
                kept = keepCurrent(folder, clock);
            }
            Path checkedFile = checkFolder.databaseFile();
            boolean sameKey = backupState == DatabaseState.ENCRYPTED
                    && backupKeyFile.get().salt().equals(liveKeyFile.salt());
            if (sameKey) {
                CrashPoints.reached(CrashPoints.MID_RESTORE_SWAP);
                // The file is replaced on purpose: its check record would call the restored one damaged.
                DatabaseCheck.forget(folder);
                AtomicFileWriter.moveIntoPlace(checkedFile, folder.databaseFile());
            } else {
                encryption.reencrypt(checkedFile, backupKey, liveKey, folder.databaseFile(), check);
            }
            CrashPoints.reached(CrashPoints.AFTER_RESTORE_SWAP);
            try {
                restoreIdentity(folder, check.resolve(RESTORED_IDENTITY));
            } catch (IOException e) {
                // The data is back; the identity stays as it was (the key may then need the newer passphrase).
                LOG.warn("The backup's signing identity could not be put in place; the current one is kept", RedactedFailure.of(e));
            }
            OwnerOnlyFiles.restrictTree(folder.root());
            LOG.info("Backup restored");
            return kept;
        } catch (IOException e) {
            throw new StorageException(Messages.tr("protection.backup.restoreFailed"), e);
        } finally {
            PassphraseKeys.wipe(backupKey);
            PassphraseKeys.wipe(liveKey);
            try {
                DatabaseEncryption.deleteTree(check);
            } catch (IOException e) {
                LOG.warn("Cannot remove the restore check folder", RedactedFailure.of(e));
            }
        }
    }

    /** Zips the current database and key file as {@code backups/before-restore-<time>.zip}. */
    private static Path keepCurrent(DataFolder folder, Clock clock) throws IOException {
        Instant now = Instant.now(clock);
        Path target = freeName(folder.backupsFolder(), "before-restore-" + STAMP.format(now));
        Path keyFile = KeyFile.pathIn(folder);
        AtomicFileWriter.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(folder.databaseFile(), zip);
                zip.closeEntry();
                if (Files.exists(keyFile)) {
                    zip.putNextEntry(new ZipEntry(KeyFile.FILE_NAME));
                    Files.copy(keyFile, zip);
                    zip.closeEntry();
                }
                writeIdentity(zip, folder.identityFolder());
            }
        });
        return target;
    }

    /** Adds the identity's files (the key is protected by the passphrase, as in the data folder). */
    private static void writeIdentity(ZipOutputStream zip, Path identityFolder) throws IOException {
        for (String name : IDENTITY_FILES) {
            Path file = identityFolder.resolve(name);
            if (Files.isRegularFile(file)) {
                zip.putNextEntry(new ZipEntry(IDENTITY_PREFIX + name));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    /**
     * Puts the backup's identity in place of the folder's current one (which the before-restore zip
     * keeps), so the restored data and the signing key open with the same passphrase. A backup
     * without an identity (from before identities were backed up) leaves the current one alone.
     */
    private static void restoreIdentity(DataFolder folder, Path extracted) throws IOException {
        if (!Files.isRegularFile(extracted.resolve("identity.p12")) || !Files.isRegularFile(extracted.resolve("identity.json"))) {
            return;
        }
        Path live = folder.identityFolder();
        Path old = folder.root().resolve(IDENTITY_BEFORE_RESTORE);
        DatabaseEncryption.deleteTree(old);
        if (Files.exists(live)) {
            Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(extracted, live, StandardCopyOption.ATOMIC_MOVE);
        DatabaseEncryption.deleteTree(old);
        LOG.info("Signing identity restored from the backup");
    }

    private static void writeBackup(OutputStream out, Path h2Zip, Path keyFile, Path identityFolder, Instant now,
            boolean encrypted) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out); ZipFile source = new ZipFile(h2Zip.toFile())) {
            ZipEntry database = source.stream().filter(entry -> entry.getName().endsWith(".mv.db")).findFirst()
                    .orElseThrow(() -> new IOException("H2 wrote no database file into its backup"));
            zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            try (InputStream in = source.getInputStream(database)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            if (keyFile != null) {
                zip.putNextEntry(new ZipEntry(KeyFile.FILE_NAME));
                Files.copy(keyFile, zip);
                zip.closeEntry();
            }
            writeIdentity(zip, identityFolder);
            zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
            String manifest = "{\n  \"formatVersion\" : 1,\n  \"app\" : \"" + AppVersion.version()
                    + "\",\n  \"takenAt\" : \"" + now + "\",\n  \"encrypted\" : " + encrypted + "\n}\n";
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** Takes the database and key file out of a backup into {@code into}, under fixed names only. */
    private static Optional<KeyFile> extract(Path backup, Path into) {
        boolean hasDatabase = false;
        boolean hasKey = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_ENTRY)) {
                    Files.copy(zip, DataFolder.at(into).databaseFile());
                    hasDatabase = true;
                } else if (entry.getName().equals(KeyFile.FILE_NAME)) {
                    Files.copy(zip, KeyFile.pathIn(into));
                    hasKey = true;
                } else if (entry.getName().startsWith(IDENTITY_PREFIX)
                        && IDENTITY_FILES.contains(entry.getName().substring(IDENTITY_PREFIX.length()))) {
                    // Only known names, so an entry can never point outside the folder.
                    Path identity = Files.createDirectories(into.resolve(RESTORED_IDENTITY));
                    Files.copy(zip, identity.resolve(entry.getName().substring(IDENTITY_PREFIX.length())));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(Messages.tr("protection.backup.notABackup", backup.getFileName()), e);
        }
        if (!hasDatabase) {
            throw new InvalidInputException(Messages.tr("protection.backup.notABackup", backup.getFileName()));
        }
        return hasKey ? Optional.of(KeyFile.read(into)) : Optional.empty();
    }

    private static Path freeName(Path folder, String stem) {
        Path candidate = folder.resolve(stem + ".zip");
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = folder.resolve(stem + "-" + i + ".zip");
        }
        return candidate;
    }
}
