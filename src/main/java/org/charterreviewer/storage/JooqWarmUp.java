package org.charterreviewer.storage;

import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.charterreviewer.storage.jooq.Tables;

/**
 * Loads jOOQ's classes before the main window's services need them (run by {@link StorageWarmUp}),
 * instead of loading its ~600 classes on the way to the first screen (docs/PERFORMANCE.md,
 * unlocking): it renders one query and runs another on {@link H2WarmUp}'s throwaway database,
 * never the officer's.
 */
final class JooqWarmUp {

    private JooqWarmUp() {
    }

    /** Renders a query of the review list's kind and fetches rows from {@code connection}'s throwaway table. */
    static void query(Connection connection) {
        DSLContext dsl = DSL.using(connection, SQLDialect.H2, Dialects.settings());
        // Rendered only: the generated classes load, without the real schema in the throwaway database.
        dsl.render(dsl.selectFrom(Tables.REVIEW).where(Tables.REVIEW.REVIEW_ID.isNotNull())
                .orderBy(Tables.REVIEW.REVIEW_ID).limit(1));
        // Fetched: jOOQ's execution and record mapping load too.
        dsl.select(DSL.field(DSL.name("ID"), Long.class), DSL.field(DSL.name("NAME"), String.class))
                .from(DSL.table(DSL.name(H2WarmUp.TABLE))).orderBy(DSL.field(DSL.name("ID"))).limit(10).fetch();
    }
}
