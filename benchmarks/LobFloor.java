import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of the evidence measures that the app cannot go below while evidence lives in the
 * AES-encrypted H2 file: the same bytes through H2's LOB storage alone, in a fresh JVM with none of
 * the app's classes (run by benchmarks/run.sh, never by Maven). The URL settings are
 * storage.Database's (the page cache sized from the heap as H2FileDatabase.cacheKilobytes does, so a
 * run with the installers' -Xmx gets the app's cache); the key is a fixed one (no key derivation:
 * StatusFloor measures that).
 * <ul>
 * <li>{@code write DIR FILE...}: creates an encrypted database in DIR and inserts every FILE as a
 * BLOB through {@code setBinaryStream}, all in one transaction (as an import does);</li>
 * <li>{@code read DIR OUT}: streams every BLOB of DIR's database to OUT (a file, or /dev/null) with
 * {@code getBinaryStream} and a 1 MB buffer (as an export does).</li>
 * </ul>
 * Add {@code plain} as a third word after the mode ({@code write plain DIR ...}) for an unencrypted
 * file: the difference is H2's pure-Java AES.
 */
public class LobFloor {

    public static void main(String[] args) throws Exception {
        int at = 1;
        boolean encrypted = true;
        if (args[1].equals("plain")) {
            encrypted = false;
            at = 2;
        }
        Path dir = Path.of(args[at]);
        String key = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        String url = "jdbc:h2:file:" + dir.resolve("floor")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + cacheKilobytes() + ";PAGE_SIZE=4096"
                + (encrypted ? ";CIPHER=AES" : "");
        String password = encrypted ? key + " " + key : key;
        long start = System.nanoTime();
        long bytes = 0;
        try (Connection connection = DriverManager.getConnection(url, "floor", password)) {
            if (args[0].equals("write")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS blob_floor (id INT PRIMARY KEY, content BLOB NOT NULL)");
                }
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO blob_floor VALUES (?, ?)")) {
                    for (int i = at + 1; i < args.length; i++) {
                        Path file = Path.of(args[i]);
                        try (InputStream in = Files.newInputStream(file)) {
                            insert.setInt(1, i);
                            insert.setBinaryStream(2, in, Files.size(file));
                            insert.executeUpdate();
                        }
                        bytes += Files.size(file);
                    }
                }
                connection.commit();
            } else {
                byte[] buffer = new byte[1 << 20];
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT content FROM blob_floor ORDER BY id");
                        OutputStream out = Files.newOutputStream(Path.of(args[at + 1]))) {
                    while (rows.next()) {
                        try (InputStream in = rows.getBinaryStream(1)) {
                            int n;
                            while ((n = in.read(buffer)) > 0) {
                                out.write(buffer, 0, n);
                                bytes += n;
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("%s %d MB in %d ms%n", args[0], bytes >> 20, (System.nanoTime() - start) / 1_000_000);
    }

    /** As the app: 128 MB, or an eighth of the heap when that is less, never under H2's own 16 MB. */
    private static long cacheKilobytes() {
        return Math.max(16 * 1024, Math.min(128 * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024));
    }
}
