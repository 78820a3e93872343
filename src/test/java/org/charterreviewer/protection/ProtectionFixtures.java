package org.charterreviewer.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.DatabaseCheck;
import org.charterreviewer.workspace.Workspace;
import org.charterreviewer.workspace.WorkspaceOptions;

/** Shared steps of the data protection tests: marker rows, raw-file searches and row counts. */
final class ProtectionFixtures {

    static final String PASSPHRASE = "Blue kettle on the 4th shelf";
    static final String MARKER = "ZQX-voice-of-a-child-7731";

    private ProtectionFixtures() {
    }

    static WorkspaceOptions encrypted(Path dir) {
        return WorkspaceOptions.at(dir).withPassphrase(PASSPHRASE.toCharArray());
    }

    static WorkspaceOptions encrypted(Path dir, String passphrase) {
        return WorkspaceOptions.at(dir).withPassphrase(passphrase.toCharArray());
    }

    /** Writes the marker as a setting (a stand-in for what a child said) plus an evidence BLOB. */
    static void writeMarker(Workspace workspace, byte[] blob) throws SQLException {
        try (Connection connection = workspace.database().connection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
            insert.setString(1, "test.marker");
            insert.setString(2, MARKER + " said the playground needs a quiet corner");
            insert.executeUpdate();
        }
        if (blob != null) {
            try (Connection connection = workspace.database().connection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO evidence_blob"
                            + " (sha256, size_bytes, media_type, content, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, BLOB_ID);
                insert.setLong(2, blob.length);
                insert.setString(3, "image/jpeg");
                insert.setBytes(4, blob);
                insert.setObject(5, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
    }

    static final String BLOB_ID = "a".repeat(64);

    static byte[] readBlob(Workspace workspace) throws SQLException {
        try (Connection connection = workspace.database().connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT content FROM evidence_blob WHERE sha256 = ?")) {
            query.setString(1, BLOB_ID);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    static String readSetting(Workspace workspace, String key) throws SQLException {
        try (Connection connection = workspace.database().connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            query.setString(1, key);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static boolean rawFileContains(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        // H2 may store strings as UTF-8 or UTF-16; look for both.
        String utf16 = new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
        return raw.contains(text) || raw.contains(utf16);
    }

    static Map<String, Long> rowCounts(DataFolder folder, String passphrase) throws SQLException {
        char[] key = passphrase == null ? null : PassphraseKeys.derive(passphrase.toCharArray(),
                KeyFile.read(folder.root()));
        Map<String, Long> counts = DatabaseEncryption.rowCounts(folder.databaseFile(), key, key);
        // Opened outside the app: record its size as the app does when it closes the file.
        DatabaseCheck.recordClosed(folder);
        return counts;
    }
}
