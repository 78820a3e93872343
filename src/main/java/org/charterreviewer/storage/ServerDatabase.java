package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.charterreviewer.i18n.Messages;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;
import org.postgresql.Driver;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The council's PostgreSQL server, as a pool of connections for {@link Database#onServer}. The JDBC
 * URL's own settings pass through to the driver, so TLS is used when the server offers it (the
 * driver's default, sslmode=prefer) and required when the URL says so (sslmode=require,
 * verify-full). Failing to connect gives a plain message, never the driver's; the password is never
 * logged.
 */
public final class ServerDatabase implements DatabaseEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    private static final String URL_PREFIX = "jdbc:postgresql:";
    /**
     * Settings of this app's own sessions, sent when each connection starts (no extra round trip),
     * unless the URL or the driver settings give {@code options} themselves. work_mem: at
     * PostgreSQL's default of 4 MB the sort of a council's review list (20,000 rows) spilled to a
     * temporary file; 32 MB keeps it in memory. It bounds each sort or hash of a query, on this
     * app's sessions only (docs/council-database.md; measured in docs/PERFORMANCE.md).
     */
    static final String SESSION_OPTIONS = "-c work_mem=32MB";
    /**
     * After how many runs of the same statement on a connection the driver has the server prepare
     * it, unless the URL or the driver settings say: its default is 5. Only a prepared statement's
     * rows come in binary (dates, uuids and timestamps without text to parse), which made the
     * council's review list about a third quicker from its sixth run on; with 1 it is binary from
     * the second. A connection pooler in transaction mode must keep prepared statements
     * (docs/council-database.md), as it had to for the driver's default.
     */
    static final int PREPARE_THRESHOLD = 1;

    private final String address;
    private final JdbcConnectionPool pool;

    private ServerDatabase(String address, JdbcConnectionPool pool) {
        this.address = address;
        this.pool = pool;
    }

    /** Connects as {@code user}; see {@link #connect(String, String, char[], Map)}. */
    public static ServerDatabase connect(String url, String user, char[] password) {
        return connect(url, user, password, Map.of());
    }

    /**
     * Connects to the server at {@code url} ({@code jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=...]})
     * and tries one connection at once, so a wrong address or password is told now. {@code driverSettings}
     * are further driver properties (for example {@code sslrootcert}), passed through as they are.
     * The schema is not checked here: ask {@link #schemaState()}.
     */
    public static ServerDatabase connect(String url, String user, char[] password, Map<String, String> driverSettings) {
        String address = addressOf(url);
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        try {
            source.setURL(url);
            source.setUser(user);
            source.setPassword(new String(password));
            source.setApplicationName("Charter Reviewer");
            for (Map.Entry<String, String> setting : driverSettings.entrySet()) {
                source.setProperty(setting.getKey(), setting.getValue());
            }
            if (source.getOptions() == null) {
                source.setOptions(SESSION_OPTIONS);
            }
            if (!driverSettings.containsKey("prepareThreshold")
                    && Driver.parseURL(url, null).getProperty("prepareThreshold") == null) {
                source.setPrepareThreshold(PREPARE_THRESHOLD);
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw new StorageException(Messages.tr("storage.server.badUrl", url), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection first = pool.getConnection()) {
            Dialects.of(first); // Refuses anything that only speaks PostgreSQL's protocol.
        } catch (SQLException e) {
            pool.dispose();
            throw failure(e, address, user);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        LOG.info("Connected to the council database");
        return new ServerDatabase(address, pool);
    }

    /** HOST:PORT/DATABASE of {@code url}, for messages; refuses a URL that is not PostgreSQL's. */
    static String addressOf(String url) {
        Properties parsed = url == null || !url.startsWith(URL_PREFIX) ? null : Driver.parseURL(url, null);
        if (parsed == null) {
            throw new StorageException(Messages.tr("storage.server.badUrl", String.valueOf(url)));
        }
        return parsed.getProperty("PGHOST") + ":" + parsed.getProperty("PGPORT") + "/" + parsed.getProperty("PGDBNAME");
    }

    /** The plain message for a failed connection, by the SQL state PostgreSQL's driver gives. */
    static StorageException failure(SQLException e, String address, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        LOG.warn("Cannot connect to the council database (SQL state {})", state);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new StorageException(Messages.tr("storage.server.tls", address), e);
            }
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StorageException(Messages.tr("storage.server.refused", address, user), e);
        }
        if (state.equals("3D000")) {
            return new StorageException(Messages.tr("storage.server.noDatabase", address), e);
        }
        if (state.equals("08004")) {
            // The server turned the connection down before logging in: most often TLS required but not offered.
            return new StorageException(Messages.tr("storage.server.rejected", address), e);
        }
        if (state.startsWith("08")) {
            return new StorageException(Messages.tr("storage.server.unreachable", address), e);
        }
        return new StorageException(Messages.tr("storage.server.cannotConnect", address), e);
    }

    /** Where the server's schema stands against this build; a failure to ask is a plain message. */
    public SchemaCheck.State schemaState() {
        try (Connection connection = pool.getConnection()) {
            return SchemaCheck.state(connection, SQLDialect.POSTGRES);
        } catch (SQLException e) {
            throw failure(e, address, "");
        }
    }

    /**
     * Brings an empty or older server to this build's schema with the bundled PostgreSQL scripts and
     * returns the version reached. Refuses a server that is newer than this build.
     */
    public String migrate() {
        if (schemaState() == SchemaCheck.State.NEWER) {
            throw new StorageException(Messages.tr("storage.server.newer", address));
        }
        return Migrations.migrate(pool, SQLDialect.POSTGRES);
    }

    /** HOST:PORT/DATABASE, for messages and the status line. */
    public String address() {
        return address;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Nothing to do from a laptop: PostgreSQL's own VACUUM reclaims deleted rows on the server, and
     * erasing from the server is its administrator's task (docs/council-database.md).
     */
    @Override
    public void compact() {
        LOG.debug("Compaction skipped: the council server reclaims deleted rows itself");
    }

    @Override
    public void requireSpaceToCompact() {
        // Nothing is rewritten on a server, so no space is needed.
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
