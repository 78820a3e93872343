package org.charterreviewer.storage;

/**
 * Where services begin and end units of work that span several stores (an import writing a charter,
 * a school and a review; a certificate's issue record with its audit entry), without seeing SQL.
 * Everything {@code work} does through the stores it hands {@link Tx} to is stored together, or,
 * when {@code work} throws, none of it.
 */
public interface Transactions {

    /** Runs {@code work} as one transaction, serialised with every other write made through this object. */
    <T> T write(Work<T> work);

    /** As {@link #write(Work)}, for work without a result. */
    default void run(VoidWork work) {
        write(tx -> {
            work.run(tx);
            return null;
        });
    }

    /** Runs {@code work} as one reading transaction (one consistent view); not serialised with writes. */
    <T> T read(Work<T> work);

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx);
    }

    /** Work inside one transaction, without a result. */
    @FunctionalInterface
    interface VoidWork {
        void run(Tx tx);
    }

    /** Transactions on the given database (writes serialised with every other {@code Transactions} on it). */
    static Transactions on(Database database) {
        return new JooqTransactions(database);
    }
}
