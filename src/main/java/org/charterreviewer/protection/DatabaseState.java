package org.charterreviewer.protection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.charterreviewer.storage.StorageException;

/**
 * What a database file is, read from the file itself: H2 starts every encrypted file with the
 * header {@code H2encrypt}, so the answer never depends on a marker that could get out of step.
 */
public enum DatabaseState {
    /** There is no database file yet: a first start. */
    NEW,
    /** A readable file from an earlier version (or a test) that is not encrypted. */
    PLAIN,
    ENCRYPTED;

    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    public static DatabaseState of(Path databaseFile) {
        if (!Files.exists(databaseFile)) {
            return NEW;
        }
        try (InputStream in = Files.newInputStream(databaseFile)) {
            byte[] start = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(start, ENCRYPTED_HEADER) ? ENCRYPTED : PLAIN;
        } catch (IOException e) {
            throw new StorageException("Cannot read " + databaseFile, e);
        }
    }
}
