package org.charterreviewer.protection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.charterreviewer.i18n.Messages;
import org.charterreviewer.json.JsonMapperFactory;
import org.charterreviewer.storage.AtomicFileWriter;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.StorageException;

/**
 * How the database key is derived from the officer's passphrase: the algorithm, its cost and a
 * random salt, stored beside the database as {@code charter-reviewer.key.json}. It holds no secret.
 * The salt never changes once written, so the key file never has to change together with the
 * database file (a passphrase change or a restore re-encrypts the file, never the key file).
 */
public record KeyFile(int formatVersion, String kdf, int iterations, String salt) {

    public static final String FILE_NAME = "charter-reviewer.key.json";
    public static final String KDF = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 210_000;
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = JsonMapperFactory.create();

    public static Path pathIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    public static Path pathIn(DataFolder folder) {
        return pathIn(folder.root());
    }

    /** A new key file with a fresh random salt. */
    public static KeyFile generate() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new KeyFile(FORMAT_VERSION, KDF, ITERATIONS, Base64.getEncoder().encodeToString(salt));
    }

    public byte[] saltBytes() {
        return Base64.getDecoder().decode(salt);
    }

    /** Reads the key file of {@code folder}; a missing or damaged one is a plain error. */
    public static KeyFile read(Path folder) {
        Path file = pathIn(folder);
        try {
            KeyFile keyFile = JSON.readValue(file.toFile(), KeyFile.class);
            if (keyFile.formatVersion() != FORMAT_VERSION || !KDF.equals(keyFile.kdf())
                    || keyFile.iterations() < 1 || keyFile.saltBytes().length < 8) {
                throw new StorageException(Messages.tr("protection.keyFileDamaged", file), null);
            }
            return keyFile;
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException(Messages.tr(Files.exists(file)
                    ? "protection.keyFileDamaged" : "protection.keyFileMissing", file), e);
        }
    }

    /** The folder's key file, written first (safely) if there is none yet. */
    public static KeyFile readOrCreate(Path folder) {
        if (Files.exists(pathIn(folder))) {
            return read(folder);
        }
        KeyFile created = generate();
        created.writeTo(folder);
        return created;
    }

    public void writeTo(Path folder) {
        try {
            AtomicFileWriter.write(pathIn(folder), JSON.writeValueAsBytes(this));
        } catch (IOException e) {
            throw new StorageException(Messages.tr("protection.keyFileUnwritable", pathIn(folder)), e);
        }
    }
}
