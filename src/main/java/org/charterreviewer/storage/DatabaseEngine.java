package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.SQLDialect;

/** What {@link Database} needs of the database under it: the laptop's H2 file or the council's server. */
interface DatabaseEngine extends AutoCloseable {

    SQLDialect dialect();

    /** A connection from the pool open now; the caller closes it. */
    Connection connection() throws SQLException;

    /** Makes deleted data leave the storage's bytes; see {@link Database#compact()}. */
    void compact();

    /** Refuses, changing nothing, when {@link #compact()} would run out of space. */
    void requireSpaceToCompact();

    @Override
    void close();
}
