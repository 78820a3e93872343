package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The database the app's stores work on, handed out as a jOOQ {@link DSLContext} in the right
 * dialect: the data folder's encrypted H2 file ({@link #open}) or the council's PostgreSQL server
 * ({@link #onServer}). What only H2 has (the file, its compaction and checks) stays behind this class.
 */
public final class Database implements AutoCloseable {

    private final DatabaseEngine engine;
    /** Built on first use: jOOQ's start-up is a few hundred classes that {@code status} never needs. */
    private volatile DSLContext dsl;

    private Database(DatabaseEngine engine) {
        this.engine = engine;
    }

    /**
     * Opens (creating if needed) and migrates the database of {@code folder}. With a passphrase the
     * file is AES-encrypted and cannot be read without it.
     */
    public static Database open(DataFolder folder, Optional<char[]> passphrase) {
        return open(folder, passphrase, FreeSpace.STANDARD);
    }

    /**
     * As {@link #open(DataFolder, Optional)}, measuring free space with {@code freeSpace}. A damaged
     * file is refused ({@link DatabaseDamagedException}), never replaced; a compaction that a crash
     * cut short is finished before the database is handed out.
     */
    public static Database open(DataFolder folder, Optional<char[]> passphrase, FreeSpace freeSpace) {
        return new Database(H2FileDatabase.open(folder, passphrase, freeSpace));
    }

    /**
     * The stores' view of a council server already connected (and checked with {@link SchemaCheck});
     * closing it closes the server's connections.
     */
    public static Database onServer(ServerDatabase server) {
        return new Database(server);
    }

    /** The JDBC URL of {@code folder}'s file; the protection code opens copies of it the same way. */
    public static String jdbcUrl(DataFolder folder, boolean encrypted) {
        return H2FileDatabase.jdbcUrl(folder, encrypted);
    }

    public DSLContext dsl() {
        DSLContext built = dsl;
        if (built == null) {
            synchronized (this) {
                built = dsl;
                if (built == null) {
                    // The DSL asks the engine for connections, so it keeps working after compact() reopens the file.
                    built = Dialects.using(new CurrentPoolDataSource(engine::connection), engine.dialect());
                    dsl = built;
                }
            }
        }
        return built;
    }

    /** H2 for the laptop's file, POSTGRES for the council's server. */
    public SQLDialect dialect() {
        return engine.dialect();
    }

    /** A plain JDBC connection from the pool, for streaming BLOBs; the caller closes it. */
    public Connection connection() throws SQLException {
        return engine.connection();
    }

    /**
     * Rewrites the database so that deleted rows are gone from its bytes, not just unreachable.
     * H2 keeps old versions of changed pages in the file until it is rewritten; {@code SHUTDOWN
     * COMPACT} closes the database and writes a fresh file holding only live data (encrypted the same
     * way). The file is then reopened: this object and its {@link #dsl()} stay usable, but any
     * connection taken before is closed. Call it only between transactions, never inside one.
     * Refuses at once, changing nothing, when the disk has too little space for the rewrite; a marker
     * file lives from before the rewrite until after it, so a crash in between is finished at the
     * next opening. On a server, VACUUM does the same work.
     */
    public void compact() {
        engine.compact();
    }

    /**
     * Refuses, with a message naming the folder and the space needed, when the disk cannot hold the
     * rewritten file beside the current one.
     */
    public void requireSpaceToCompact() {
        engine.requireSpaceToCompact();
    }

    /** Closing the last connection closes the database file cleanly. */
    @Override
    public void close() {
        engine.close();
    }
}
