package org.charterreviewer.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.ServerDatabase;

/**
 * The databases a store test runs on: the laptop's encrypted H2 file and the council's PostgreSQL
 * (embedded, one server per test JVM, a fresh database per call). Both are migrated by the app's own
 * Flyway code. Run a test on both with {@link BothDatabases}; or ask for one here.
 */
public final class TestDatabases {

    /** The passphrase of every encrypted test file opened here. */
    public static final String PASSPHRASE = "correct horse battery staple";

    /** Which database a test runs on. */
    public enum Kind {
        H2("encrypted H2 file"),
        POSTGRES("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private TestDatabases() {
    }

    /** An encrypted H2 file database in {@code dir}, opened (and migrated) as the app opens it. */
    public static Database encryptedH2(Path dir) {
        return Database.open(DataFolder.at(dir), Optional.of(PASSPHRASE.toCharArray()));
    }

    /**
     * A new PostgreSQL database on the embedded server, already at the current schema; close it to
     * drop it. {@link PostgresDatabase#open()} connects the app's way.
     */
    public static PostgresDatabase freshPostgres() {
        return new PostgresDatabase(EmbeddedPostgresServer.newDatabase(true));
    }

    /** A new PostgreSQL database with no schema at all (for migration and schema-check tests). */
    public static PostgresDatabase emptyPostgres() {
        return new PostgresDatabase(EmbeddedPostgresServer.newDatabase(false));
    }

    /** One database on the embedded server: its address, and dropped on {@link #close()}. */
    public static final class PostgresDatabase implements AutoCloseable {

        private final String name;

        private PostgresDatabase(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** {@code jdbc:postgresql://localhost:PORT/NAME}, without user or password. */
        public String url() {
            return EmbeddedPostgresServer.jdbcUrl(name).replaceFirst("\\?.*$", "");
        }

        /** The embedded server's superuser; it needs no password (trust authentication). */
        public String user() {
            return EmbeddedPostgresServer.USER;
        }

        /** Connects the way the app connects to a council server. */
        public ServerDatabase connect() {
            return ServerDatabase.connect(url(), user(), new char[0]);
        }

        /** The stores' view of this database (closing it closes the connections, not the database). */
        public Database open() {
            return Database.onServer(connect());
        }

        /** Drops the database, ending any connection still open to it. */
        @Override
        public void close() {
            EmbeddedPostgresServer.dropDatabase(name);
        }
    }
}
