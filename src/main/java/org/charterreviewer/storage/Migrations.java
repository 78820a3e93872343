package org.charterreviewer.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database to the schema of this build with the bundled Flyway scripts of its dialect. */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Applies every bundled script {@code dataSource} does not have yet; returns the version reached. */
    public static String migrate(DataSource dataSource, SQLDialect dialect) {
        MigrateResult result = flyway(dataSource, dialect).migrate();
        LOG.info("Database ready at schema version {} ({} migrations applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
        return result.targetSchemaVersion;
    }

    /** Flyway configured for {@code dialect}'s scripts, for callers that need more than migrate. */
    public static Flyway flyway(DataSource dataSource, SQLDialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(Dialects.scriptFolders(dialect).stream().map(folder -> "classpath:" + folder)
                        .toArray(String[]::new))
                .loggers("slf4j")
                .load();
    }
}
