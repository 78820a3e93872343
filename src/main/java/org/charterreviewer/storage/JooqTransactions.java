package org.charterreviewer.storage;

import java.util.Objects;
import org.jooq.DSLContext;

/**
 * {@link Transactions} on the data folder's database with jOOQ. Writes are serialised in this
 * process (one lock), so a window, a background writer and a command never interleave their
 * transactions; reads run beside them.
 */
public final class JooqTransactions implements Transactions {

    /** The write transaction this thread has open, whichever {@code JooqTransactions} opened it. */
    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private final Database database;

    public JooqTransactions(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public <T> T write(Work<T> work) {
        Open outer = OPEN.get();
        if (outer != null && outer.database() == database) {
            // A write inside a write on this thread joins it (as a savepoint), where a transaction of
            // its own would wait on the outer one's locks: a team sync imports a page of reviews in one.
            return outer.tx().dsl().transactionResult(cfg -> work.run(new JooqTx(cfg.dsl())));
        }
        // The database itself is the lock, so every Transactions on it serialises with the others.
        synchronized (database) {
            return database.dsl().transactionResult(cfg -> {
                OPEN.set(new Open(database, new JooqTx(cfg.dsl())));
                try {
                    return work.run(OPEN.get().tx());
                } finally {
                    OPEN.remove();
                }
            });
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

    /** The write open on this thread, and the database it is on. */
    private record Open(Database database, JooqTx tx) {
    }
}
