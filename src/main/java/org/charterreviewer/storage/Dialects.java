package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.charterreviewer.i18n.Messages;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The two databases the app speaks to, the laptop's H2 file and the council's PostgreSQL server, and
 * what differs between them: jOOQ's dialect, chosen at run time from the connection, and where the
 * Flyway scripts of each live. There is one set of generated jOOQ classes for both.
 */
public final class Dialects {

    /** Scripts both databases run; vendor scripts sit beside it, never inside (Flyway looks into sub-folders). */
    public static final String COMMON_SCRIPTS = "db/migration/common";

    private Dialects() {
    }

    /** The dialect of the database {@code connection} is open on; refuses any other database plainly. */
    public static SQLDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return SQLDialect.H2;
        }
        if (name.equals("postgresql")) {
            return SQLDialect.POSTGRES;
        }
        throw new StorageException(Messages.tr("storage.server.notPostgres", product));
    }

    /** The folder of the scripts only {@code dialect} runs (where the SQL must differ, e.g. BLOB or BYTEA). */
    public static String vendorScripts(SQLDialect dialect) {
        return switch (dialect.family()) {
            case H2 -> "db/migration/h2";
            case POSTGRES -> "db/migration/postgresql";
            default -> throw new IllegalArgumentException("No migrations for " + dialect);
        };
    }

    /** The classpath folders Flyway migrates {@code dialect}'s database from, common first. */
    public static List<String> scriptFolders(SQLDialect dialect) {
        return List.of(COMMON_SCRIPTS, vendorScripts(dialect));
    }

    /**
     * Settings for every DSL. Names are rendered unquoted: the generated classes carry H2's upper-case
     * names, which H2 matches as they are and PostgreSQL folds to the lower case its tables have.
     */
    public static Settings settings() {
        return new Settings()
                .withReturnAllOnUpdatableRecord(true)
                .withExecuteLogging(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    /** A DSL on {@code dataSource} with the app's settings. */
    public static DSLContext using(DataSource dataSource, SQLDialect dialect) {
        return DSL.using(dataSource, dialect, settings());
    }
}
