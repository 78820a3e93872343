package org.charterreviewer.storage;

import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link Transactions} on the data folder's database with jOOQ. Writes are serialised in this
 * process (one lock), so a window, a background writer and a command never interleave their
 * transactions; reads run beside them.
 */
public final class JooqTransactions implements Transactions {

    private final Database database;

    public JooqTransactions(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public <T> T write(Work<T> work) {
        // The database itself is the lock, so every Transactions on it serialises with the others.
        synchronized (database) {
            return database.dsl().transactionResult(cfg -> work.run(new JooqTx(cfg.dsl())));
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        return database.dsl().transactionResult(cfg -> work.run(new JooqTx(cfg.dsl())));
    }

    /** The jOOQ context of an open unit of work: for store packages only. */
    public static DSLContext dsl(Tx tx) {
        if (tx instanceof JooqTx jooq) {
            return jooq.dsl();
        }
        throw new IllegalArgumentException("not a transaction of this database: " + tx);
    }

    /** Wraps a context a caller already holds (for stores still called with one; see {@link #dsl(Tx)}). */
    public static Tx of(DSLContext dsl) {
        return new JooqTx(dsl);
    }

    /** The database these transactions run on (for stores that stream content through JDBC). */
    public Database database() {
        return database;
    }

    private record JooqTx(DSLContext dsl) implements Tx {
    }
}
