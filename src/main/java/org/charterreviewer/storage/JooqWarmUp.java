package org.charterreviewer.storage;

import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.charterreviewer.storage.jooq.Tables;

/**
 * Loads jOOQ's classes before the main window's services need them (run by {@link StorageWarmUp}),
 * instead of loading its ~600 classes on the way to the first screen (docs/PERFORMANCE.md,
 * unlocking): it renders one query (also alone, {@link StorageWarmUp#renderQueries()}) and runs
 * another on {@link H2WarmUp}'s throwaway database, never the officer's.
 */
final class JooqWarmUp {

    private JooqWarmUp() {
    }

    /**
     * Renders a query of the review list's kind: jOOQ's generated schema classes ({@code Tables}, which
     * the main window's services initialise when they are made) load and initialise, without a database.
     */
    static void render() {
        DSLContext dsl = DSL.using(SQLDialect.H2, Dialects.settings());
        dsl.render(dsl.selectFrom(Tables.REVIEW).where(Tables.REVIEW.REVIEW_ID.isNotNull())
                .orderBy(Tables.REVIEW.REVIEW_ID).limit(1));
    }

    /** Renders that query and fetches rows from {@code connection}'s throwaway table. */
    static void query(Connection connection) {
        render();
        DSLContext dsl = DSL.using(connection, SQLDialect.H2, Dialects.settings());
        // Fetched: jOOQ's execution and record mapping load too.
        dsl.select(DSL.field(DSL.name("ID"), Long.class), DSL.field(DSL.name("NAME"), String.class))
                .from(DSL.table(DSL.name(H2WarmUp.TABLE))).orderBy(DSL.field(DSL.name("ID"))).limit(10).fetch();
    }
}
