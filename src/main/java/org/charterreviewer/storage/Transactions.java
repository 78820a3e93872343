package org.charterreviewer.storage;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work as one database transaction: everything the stores write with the given
 * {@link Transaction} commits together, or nothing does. A runtime exception thrown by the work rolls
 * back and is rethrown as it is, so a refusal reaches the caller unchanged.
 */
public interface Transactions {

    <T> T inTransaction(Function<Transaction, T> work);

    default void run(Consumer<Transaction> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Transactions on the given database. */
    static Transactions on(Database database) {
        return new JooqTransactions(database);
    }
}
