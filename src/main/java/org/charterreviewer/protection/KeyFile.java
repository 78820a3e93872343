package org.charterreviewer.protection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Reading needs only Jackson's streaming parser: every command and every unlock reads this file,
     * and building the app's {@link ObjectMapper} for four fields loaded about 550 classes (0.2-0.4 s
     * of {@code status}). The same strictness: duplicate keys, unknown fields and trailing tokens are
     * refused. The mapper is built only to write a new file.
     */
    private static final JsonFactory READER = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

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
            KeyFile keyFile = parse(file);
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

    private static KeyFile parse(Path file) throws IOException {
        int formatVersion = 0;
        String kdf = null;
        int iterations = 0;
        String salt = null;
        try (InputStream in = Files.newInputStream(file); JsonParser json = READER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "formatVersion" -> formatVersion = whole(json, value);
                    case "kdf" -> kdf = text(json, value);
                    case "iterations" -> iterations = whole(json, value);
                    case "salt" -> salt = text(json, value);
                    default -> throw new IllegalArgumentException("unknown field " + name);
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
                throw new IllegalArgumentException("not one JSON object");
            }
        }
        if (salt == null) {
            throw new IllegalArgumentException("no salt");
        }
        return new KeyFile(formatVersion, kdf, iterations, salt);
    }

    private static int whole(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw new IllegalArgumentException("not a whole number");
        }
        return json.getIntValue();
    }

    private static String text(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("not a string");
        }
        return json.getText();
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
            AtomicFileWriter.write(pathIn(folder), JsonMapperFactory.create().writeValueAsBytes(this));
        } catch (IOException e) {
            throw new StorageException(Messages.tr("protection.keyFileUnwritable", pathIn(folder)), e);
        }
    }
}
