package org.charterreviewer.team.store;

import static org.charterreviewer.i18n.Messages.tr;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.charterreviewer.team.CouncilLogin;
import org.charterreviewer.team.SchemaVerdict;
import org.charterreviewer.team.TeamProblem;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One connection to the council's PostgreSQL database. Every failure to reach or use it becomes a
 * {@link TeamProblem} in plain words (the server's own message stays in the log, without the
 * password). The schema is versioned by Flyway in {@code council_schema_history}.
 */
public final class CouncilDatabase implements AutoCloseable {

    /** The council schema version this app writes and reads. */
    public static final int SCHEMA_VERSION = 2;
    static final String HISTORY_TABLE = "council_schema_history";
    private static final String LOCATION = "classpath:db/council";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** A stalled server (a dropped network) ends the sync instead of hanging it. */
    private static final int SOCKET_TIMEOUT_SECONDS = 120;

    private final Connection connection;
    private final DSLContext dsl;

    private CouncilDatabase(Connection connection) {
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.POSTGRES,
                new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                        .withExecuteLogging(false));
    }

    /** Opens a connection, or says plainly why not (unreachable, login refused, no such database, TLS). */
    public static CouncilDatabase open(CouncilLogin login) {
        try {
            return new CouncilDatabase(DriverManager.getConnection(login.url(), properties(login)));
        } catch (SQLException e) {
            throw problem(e);
        }
    }

    private static Properties properties(CouncilLogin login) {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", new String(login.password()));
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "Charter Reviewer");
        return properties;
    }

    /** The officer's failure in plain words; the SQL state tells unreachable from refused. */
    public static TeamProblem problem(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage());
        if (state.startsWith("28")) {
            return new TeamProblem(tr("team.error.loginRefused"), e);
        }
        if ("3D000".equals(state)) {
            return new TeamProblem(tr("team.error.noDatabase"), e);
        }
        if (message.contains("SSL") || message.contains("TLS")) {
            return new TeamProblem(tr("team.error.tls"), e);
        }
        if (state.startsWith("08")) {
            return new TeamProblem(tr("team.error.unreachable"), e);
        }
        return new TeamProblem(tr("team.error.server", state), e);
    }

    /** Creates or upgrades the council tables; needs the database owner's login. */
    public static void prepare(CouncilLogin login) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(login.url());
        source.setUser(login.user());
        source.setPassword(new String(login.password()));
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        try {
            Flyway.configure().dataSource(source).locations(LOCATION).table(HISTORY_TABLE)
                    // The council tables share the database with the app's own schema (its own history
                    // table): a baseline at 0 lets their first script run in a database that is not empty.
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw problem(sql);
            }
            throw new TeamProblem(tr("team.error.prepare"), e);
        }
    }

    /** How the server's schema compares with {@link #SCHEMA_VERSION}. */
    public SchemaVerdict schemaVerdict() {
        Optional<Integer> version = call(dsl -> {
            boolean prepared = dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.unquotedName("information_schema", "tables")))
                    .where(DSL.field(DSL.unquotedName("table_name")).eq(HISTORY_TABLE)));
            if (!prepared) {
                return Optional.empty();
            }
            return Optional.of(dsl.select(DSL.field(DSL.unquotedName("version"), String.class))
                    .from(DSL.table(DSL.unquotedName(HISTORY_TABLE)))
                    .where(DSL.field(DSL.unquotedName("success"), Boolean.class).isTrue())
                    .and(DSL.field(DSL.unquotedName("version")).isNotNull())
                    .fetch(r -> Integer.parseInt(r.value1()))
                    .stream().mapToInt(Integer::intValue).max().orElse(0));
        });
        if (version.isEmpty() || version.get() == 0) {
            return SchemaVerdict.NOT_PREPARED;
        }
        return version.get() < SCHEMA_VERSION ? SchemaVerdict.OLDER
                : version.get() > SCHEMA_VERSION ? SchemaVerdict.NEWER : SchemaVerdict.CURRENT;
    }

    /** Throws the plain message for any verdict but {@link SchemaVerdict#CURRENT}. */
    public void requireCurrentSchema() {
        SchemaVerdict verdict = schemaVerdict();
        if (verdict != SchemaVerdict.CURRENT) {
            throw new TeamProblem(tr("team.schema." + verdict.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The council store on this connection. */
    public CouncilStore store() {
        return new CouncilStore(this);
    }

    /** Runs {@code work} as one server transaction: all of it lands, or none of it. */
    <T> T transaction(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (org.jooq.exception.DataAccessException e) {
            throw translate(e);
        }
    }

    /** Runs a read outside an explicit transaction. */
    <T> T call(Function<DSLContext, T> work) {
        try {
            return work.apply(dsl);
        } catch (org.jooq.exception.DataAccessException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(org.jooq.exception.DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        if (sql != null && dropped(sql)) {
            return new TeamProblem(tr("team.error.dropped"), e);
        }
        return sql != null ? problem(sql) : new TeamProblem(tr("team.error.server", "?"), e);
    }

    /**
     * Whether an open connection went away (class 08: the network or the socket; 57P: the server
     * ended it, e.g. shut down or the backend terminated). Only the step running then is lost: its
     * server transaction is rolled back, and what was finished before is recorded on both sides.
     */
    private static boolean dropped(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // A connection that is already gone is closed enough.
        }
    }
}
