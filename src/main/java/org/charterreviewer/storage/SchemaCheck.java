package org.charterreviewer.storage;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jooq.SQLDialect;

/**
 * Compares a database's Flyway history with the migrations bundled with this build, with one query.
 * Opening the laptop's file skips Flyway when it is current: loading, scanning and validating with
 * Flyway took about 0.6 s of every start and every command (docs/PERFORMANCE.md). Only a plain "yes"
 * skips: anything unusual (no history yet, a failed migration, another newest version, a repeatable
 * script, bundled scripts that cannot be listed) answers "no", and Flyway runs as it always did.
 * On connecting to the council's server it tells whether the server is older or newer than the app.
 */
public final class SchemaCheck {

    /** How a database's schema stands against this build's migrations. */
    public enum State {
        /** No migration applied yet: a new, empty database. */
        EMPTY,
        /** Behind this build: the bundled scripts not applied yet would bring it up to date. */
        OLDER,
        /** Exactly this build's newest migration. */
        CURRENT,
        /** Migrated by a newer build than this one (or by scripts this build does not know). */
        NEWER,
        /** A migration failed there; Flyway must repair it before anyone uses it. */
        FAILED
    }

    private SchemaCheck() {
    }

    /** True when the newest successful migration applied is the newest one bundled, and none failed. */
    static boolean isCurrent(Connection connection, SQLDialect dialect) {
        try {
            return state(connection, dialect) == State.CURRENT;
        } catch (SQLException | RuntimeException e) {
            return false; // Let Flyway open it and report whatever is wrong, as before.
        }
    }

    /**
     * Where {@code connection}'s database stands against the scripts bundled for {@code dialect}.
     * NEWER also when its newest version is one this build does not bundle, or the bundled scripts
     * cannot be listed (then nothing can be said to match).
     */
    public static State state(Connection connection, SQLDialect dialect) throws SQLException {
        if (!historyExists(connection)) {
            return State.EMPTY;
        }
        String newestApplied = null;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " ORDER BY \"installed_rank\" DESC");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return State.FAILED; // Flyway must see it and refuse, as before.
                }
                if (newestApplied == null && rows.getString(1) != null) {
                    newestApplied = rows.getString(1);
                }
            }
        }
        if (newestApplied == null) {
            return State.EMPTY;
        }
        Optional<String> bundled = newestBundledVersion(dialect);
        if (bundled.isEmpty()) {
            return State.NEWER;
        }
        int order = compare(newestApplied, bundled.get());
        if (order < 0) {
            return State.OLDER;
        }
        return order == 0 ? State.CURRENT : State.NEWER;
    }

    private static boolean historyExists(Connection connection) throws SQLException {
        // H2 names its default schema PUBLIC, PostgreSQL public.
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA IN ('PUBLIC', 'public') AND TABLE_NAME = 'flyway_schema_history'");
                ResultSet rows = statement.executeQuery()) {
            return rows.next() && rows.getInt(1) == 1;
        }
    }

    /**
     * The version of the newest {@code V<version>__<description>.sql} bundled, as Flyway writes it
     * in its history ({@code V1_2} is "1.2"); empty if the scripts cannot be listed or a repeatable
     * ({@code R__}) script is among them (Flyway re-applies those when they change).
     */
    static Optional<String> newestBundledVersion(SQLDialect dialect) {
        List<String> names = new ArrayList<>();
        for (String folder : Dialects.scriptFolders(dialect)) {
            List<String> inFolder = bundledScriptNames(folder);
            if (inFolder.isEmpty()) {
                return Optional.empty();
            }
            names.addAll(inFolder);
        }
        if (names.isEmpty() || names.stream().anyMatch(name -> name.startsWith("R"))) {
            return Optional.empty();
        }
        String newest = null;
        for (String name : names) {
            int separator = name.indexOf("__");
            if (!name.startsWith("V") || separator < 2 || !name.endsWith(".sql")) {
                return Optional.empty();
            }
            String version = name.substring(1, separator).replace('_', '.');
            if (!version.matches("\\d+(\\.\\d+)*")) {
                return Optional.empty();
            }
            if (newest == null || compare(version, newest) > 0) {
                newest = version;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Compares dotted versions part by part as numbers, as Flyway orders them ("10" after "9"). */
    static int compare(String a, String b) {
        List<BigInteger> left = parts(a);
        List<BigInteger> right = parts(b);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            BigInteger l = i < left.size() ? left.get(i) : BigInteger.ZERO;
            BigInteger r = i < right.size() ? right.get(i) : BigInteger.ZERO;
            int order = l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static List<BigInteger> parts(String version) {
        return Arrays.stream(version.split("\\.")).map(BigInteger::new).toList();
    }

    /** The file names of the bundled migration scripts, from the jar or the build's classes folder. */
    private static List<String> bundledScriptNames(String location) {
        URL folder = SchemaCheck.class.getClassLoader().getResource(location);
        if (folder == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                        String entry = entries.nextElement().getName();
                        if (entry.startsWith(location + "/") && entry.length() > location.length() + 1) {
                            names.add(entry.substring(location.length() + 1));
                        }
                    }
                }
            } else if ("file".equals(folder.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
        // Only scripts directly in the folder: Flyway looks into sub-folders too, so any there means "no".
        return names.stream().anyMatch(name -> name.contains("/") && !name.endsWith("/"))
                ? List.of() : names.stream().filter(name -> !name.endsWith("/")).toList();
    }
}
