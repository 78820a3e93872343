package org.charterreviewer.storage;

import java.util.function.Function;
import org.jooq.DSLContext;

/** {@link Transactions} as jOOQ transactions on the database's context; stores unwrap them with {@link #dsl}. */
public final class JooqTransactions implements Transactions {

    private final Database database;

    public JooqTransactions(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Function<Transaction, T> work) {
        // jOOQ rolls back and rethrows a RuntimeException from the work unchanged.
        return database.dsl().transactionResult(cfg -> work.apply(new Open(cfg.dsl())));
    }

    /** The jOOQ context of an open transaction, for the store that writes in it. */
    public static DSLContext dsl(Transaction tx) {
        if (tx instanceof Open open) {
            return open.dsl();
        }
        throw new IllegalArgumentException("Not a jOOQ transaction: " + tx);
    }

    /** Wraps a context that is already inside a transaction, for callers that still hold one. */
    public static Transaction of(DSLContext tx) {
        return new Open(tx);
    }

    private record Open(DSLContext dsl) implements Transaction {
    }
}
