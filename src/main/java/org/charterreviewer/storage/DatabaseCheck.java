package org.charterreviewer.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.charterreviewer.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small record beside the database file, {@code charter-reviewer.check}, so that opening can tell a
 * damaged file from a wrong passphrase and never mistakes a damaged file for a first start. It holds
 * the file's size at its last clean close (nothing changes a closed file, so a shorter one was cut), a hash of the encrypted file's first block (H2 writes it once, with the file's salt)
 * and a check value of the key (an HMAC, as costly to guess from as the file itself), which says
 * whether a file that H2 cannot decrypt was given the right key. Work that replaces the file on
 * purpose (a passphrase change, a restore, a compaction) removes the record before it does so.
 */
public final class DatabaseCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);
    public static final String FILE_NAME = "charter-reviewer.check";
    /** No H2 file, plain or encrypted, is shorter than its headers and one chunk. */
    static final long MINIMUM_SIZE = 3 * 4096;
    private static final int HEADER_BLOCK = 4096;
    private static final byte[] KEY_CHECK_INPUT = "charter-reviewer key check v1".getBytes(StandardCharsets.US_ASCII);

    private DatabaseCheck() {
    }

    public static Path pathIn(DataFolder folder) {
        return folder.root().resolve(FILE_NAME);
    }

    /**
     * Refuses a database file that is certainly damaged: empty or shorter than any H2 file, missing
     * or shorter than recorded, or with a changed first block. Cheap: it reads one block.
     */
    public static void requireIntact(DataFolder folder) {
        Path file = folder.databaseFile();
        Optional<Properties> recorded = read(folder);
        if (!Files.exists(file)) {
            if (recorded.isPresent()) {
                throw damaged(folder, Messages.tr("storage.damaged.missing"));
            }
            return;
        }
        long size = size(file);
        if (size == 0) {
            throw damaged(folder, Messages.tr("storage.damaged.empty"));
        }
        if (size < MINIMUM_SIZE) {
            throw damaged(folder, Messages.tr("storage.damaged.tooShort", Long.toString(size)));
        }
        if (recorded.isEmpty()) {
            return;
        }
        long expected = Long.parseLong(recorded.get().getProperty("size", "0"));
        // H2 may shrink the file while it is open, so only a clean close fixes the size to compare with.
        if (Boolean.parseBoolean(recorded.get().getProperty("closedCleanly")) && size < expected) {
            throw damaged(folder, Messages.tr("storage.damaged.shorter", Long.toString(size), Long.toString(expected)));
        }
        String header = recorded.get().getProperty("header");
        if (header != null && !header.equals(headerHash(file))) {
            throw damaged(folder, Messages.tr("storage.damaged.header"));
        }
    }

    /** Whether {@code key} is the one the file was last opened with; empty when nothing was recorded. */
    public static Optional<Boolean> keyMatches(DataFolder folder, char[] key) {
        return read(folder).map(p -> p.getProperty("key")).map(recorded -> recorded.equals(keyCheck(key)));
    }

    /** Records the file as it is now, just opened with {@code key} (null when not encrypted). */
    public static void record(DataFolder folder, char[] key) {
        Properties properties = new Properties();
        Path file = folder.databaseFile();
        properties.setProperty("size", Long.toString(size(file)));
        properties.setProperty("closedCleanly", "false");
        if (key != null) {
            properties.setProperty("header", headerHash(file));
            properties.setProperty("key", keyCheck(key));
        }
        write(folder, properties);
    }

    /** After a clean close: the file keeps this size until it is opened again. */
    public static void recordClosed(DataFolder folder) {
        recordClosed(folder, null);
    }

    /** As above, with the rows of each table at closing ({@link #rowCounts}), when known. */
    static void recordClosed(DataFolder folder, String rowCounts) {
        read(folder).ifPresent(properties -> {
            properties.setProperty("size", Long.toString(size(folder.databaseFile())));
            properties.setProperty("closedCleanly", "true");
            if (rowCounts != null) {
                properties.setProperty("rows", rowCounts);
            } else {
                properties.remove("rows");
            }
            write(folder, properties);
        });
    }

    /** Before work that replaces the file on purpose; the next opening records it again. */
    public static void forget(DataFolder folder) {
        try {
            Files.deleteIfExists(pathIn(folder));
        } catch (IOException e) {
            throw new StorageException(Messages.tr("storage.cannotOpen", folder.databaseFile()), e);
        }
    }

    /**
     * Refuses a file, just opened by H2 and not yet migrated, whose tables hold other numbers of rows
     * than when it was cleanly closed: H2 reading a damaged file can fall back to an older state of
     * it and lose work without an error. Counting is cheap (H2 keeps the counts in its trees).
     */
    static void requireSameRows(DataFolder folder, Connection connection) throws SQLException {
        if (!hasRowsToCompare(folder)) {
            return;
        }
        Optional<Properties> recorded = read(folder);
        if (!recorded.get().getProperty("rows").equals(rowCounts(connection))) {
            throw damaged(folder, Messages.tr("storage.damaged.rows"));
        }
    }

    /** True when the file was closed cleanly with its rows counted. */
    static boolean hasRowsToCompare(DataFolder folder) {
        return read(folder).filter(p -> Boolean.parseBoolean(p.getProperty("closedCleanly")))
                .map(p -> p.getProperty("rows") != null).orElse(false);
    }

    /** The rows of every table, as one line ("TABLE=n,..."), sorted by table. */
    static String rowCounts(Connection connection) throws SQLException {
        StringBuilder line = new StringBuilder();
        rowsPerTable(connection).forEach((table, rows) ->
                line.append(line.length() == 0 ? "" : ",").append(table).append('=').append(rows));
        return line.toString();
    }

    /** The rows in every table of the open database, by table name. */
    public static java.util.SortedMap<String, Long> rowsPerTable(Connection connection) throws SQLException {
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT COUNT(*) FROM \"PUBLIC\".\"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** True when the file starts as H2 starts every encrypted file. */
    static boolean looksEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(9), "H2encrypt".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    public static DatabaseDamagedException damaged(DataFolder folder, String reason) {
        LOG.error("The database file is damaged; it is left as it is");
        return new DatabaseDamagedException(folder, reason, null);
    }

    private static Optional<Properties> read(DataFolder folder) {
        Path path = pathIn(folder);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(path, StandardCharsets.ISO_8859_1)));
            Long.parseLong(properties.getProperty("size", "0"));
            return Optional.of(properties);
        } catch (IOException | NumberFormatException e) {
            // The check is a safeguard, not data: a damaged check file is dropped, never fatal.
            LOG.warn("Ignoring an unreadable {}", FILE_NAME);
            return Optional.empty();
        }
    }

    private static void write(DataFolder folder, Properties properties) {
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "Charter Reviewer: a check of the database file (no secrets)");
            AtomicFileWriter.write(pathIn(folder), text.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            LOG.warn("Cannot write {} ({})", FILE_NAME, FailureKind.of(e).description());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String headerHash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readNBytes(HEADER_BLOCK)));
        } catch (IOException e) {
            return "";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static String keyCheck(char[] key) {
        byte[] keyBytes = new String(key).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(KEY_CHECK_INPUT));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        } finally {
            java.util.Arrays.fill(keyBytes, (byte) 0);
        }
    }
}
