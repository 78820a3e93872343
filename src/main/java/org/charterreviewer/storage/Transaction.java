package org.charterreviewer.storage;

/**
 * One open database transaction, as a service hands it from {@link Transactions} to the stores that
 * work inside it. Opaque above the stores: only storage code can reach the connection behind it, so a
 * service can span several features' stores without touching SQL.
 */
public interface Transaction {
}
