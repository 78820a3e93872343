package org.charterreviewer.storage;

/**
 * One open unit of work on the database, as services see it: they get it from {@link Transactions}
 * and hand it on to the stores that should write together, without knowing what is inside (the
 * stores open it with {@link JooqTransactions#dsl(Tx)}). Valid only while the work runs.
 */
public interface Tx {
}
