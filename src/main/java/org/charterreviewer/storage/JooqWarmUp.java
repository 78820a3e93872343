package org.charterreviewer.storage;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.charterreviewer.storage.jooq.Tables;

/**
 * Loads jOOQ's classes on a spare core while the passphrase's key is derived, which keeps one core
 * busy for most of a second: the main window's services then find jOOQ ready instead of loading
 * its ~600 classes on the way to the first screen (docs/PERFORMANCE.md, unlocking). It renders one
 * query without a connection: nothing is read or written.
 */
public final class JooqWarmUp {

    private JooqWarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(JooqWarmUp::render, "jooq-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void render() {
        DSLContext dsl = DSL.using(SQLDialect.H2, new Settings().withExecuteLogging(false));
        dsl.render(dsl.selectFrom(Tables.REVIEW).where(Tables.REVIEW.REVIEW_ID.isNotNull())
                .orderBy(Tables.REVIEW.REVIEW_ID).limit(1));
    }
}
