import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The floors under {@code status} that the app cannot go below without weakening the encryption,
 * each in a fresh JVM with none of the app's classes (run by benchmarks/run.sh, never by Maven):
 * <ul>
 * <li>{@code kdf DIR}: a bare JVM deriving the key from the passphrase at the project's cost, read
 * from DIR's key file (PBKDF2-HMAC-SHA256, 210,000 rounds, as protection.PassphraseKeys);</li>
 * <li>{@code h2 DIR}: that, then opening DIR's encrypted H2 file once with plain JDBC, with the
 * URL settings storage.Database uses, and counting the charters.</li>
 * </ul>
 * The passphrase comes from CHARTER_REVIEWER_PASSPHRASE, as for the app.
 */
public class StatusFloor {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        char[] passphrase = System.getenv("CHARTER_REVIEWER_PASSPHRASE").toCharArray();
        String keyFile = Files.readString(dir.resolve("charter-reviewer.key.json"), StandardCharsets.UTF_8);
        int iterations = Integer.parseInt(field(keyFile, "\"iterations\"\\s*:\\s*(\\d+)"));
        byte[] salt = Base64.getDecoder().decode(field(keyFile, "\"salt\"\\s*:\\s*\"([^\"]+)\""));
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256)).getEncoded();
        StringBuilder hex = new StringBuilder();
        for (byte b : key) {
            hex.append(String.format("%02x", b));
        }
        if (args[0].equals("kdf")) {
            System.out.println(hex.length());
            return;
        }
        String url = "jdbc:h2:file:" + dir.resolve("charter-reviewer")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=131072;PAGE_SIZE=4096;CIPHER=AES";
        try (Connection connection = DriverManager.getConnection(url, "charter", hex + " " + hex);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM charter")) {
            row.next();
            System.out.println(row.getInt(1));
        }
    }

    private static String field(String json, String pattern) {
        Matcher match = Pattern.compile(pattern).matcher(json);
        if (!match.find()) {
            throw new IllegalStateException("No " + pattern + " in the key file");
        }
        return match.group(1);
    }
}
