package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The small facts and settings a data folder keeps about itself in the {@code app_setting} table, one
 * row a key (for example that the sample charters were loaded, the retention rule, whether
 * certificates need moderation, or the council's timestamp server).
 */
public final class AppSettingStore {

    private final Database database;

    public AppSettingStore(Database database) {
        this.database = database;
    }

    /**
     * Plain JDBC: every opening asks this once, and it was jOOQ's first query for every command,
     * half a second of {@code status} loading jOOQ's rendering machinery (docs/PERFORMANCE.md).
     */
    public boolean has(String key) {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT 1 FROM APP_SETTING WHERE SETTING_KEY = ? FETCH FIRST 1 ROW ONLY")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read the app setting " + key, e);
        }
    }

    public void put(String key, String value) {
        database.dsl().insertInto(Sql.SETTING, Sql.KEY, Sql.VALUE).values(key, value).execute();
    }

    /** The value of a setting, if it was ever set. */
    public Optional<String> get(String key) {
        return database.dsl().select(Sql.VALUE).from(Sql.SETTING).where(Sql.KEY.eq(key)).fetchOptional(Sql.VALUE);
    }

    /** The value of a setting, read in the caller's unit of work. */
    public static Optional<String> get(Tx tx, String key) {
        return JooqTransactions.dsl(tx).select(Sql.VALUE).from(Sql.SETTING).where(Sql.KEY.eq(key)).fetchOptional(Sql.VALUE);
    }

    /** Sets a setting within the caller's jOOQ transaction (for stores holding one); null removes the key. */
    public static void set(DSLContext tx, String key, String value) {
        set(JooqTransactions.of(tx), key, value);
    }

    /** Sets (adds or replaces) a setting in the caller's unit of work; null removes the key. */
    public static void set(Tx tx, String key, String value) {
        DSLContext dsl = JooqTransactions.dsl(tx);
        // Delete then insert rather than MERGE: the same two statements on H2 and PostgreSQL.
        dsl.deleteFrom(Sql.SETTING).where(Sql.KEY.eq(key)).execute();
        if (value != null) {
            dsl.insertInto(Sql.SETTING, Sql.KEY, Sql.VALUE).values(key, value).execute();
        }
    }

    /** The value kept under {@code key}, if any (as {@link #get(String)}). */
    public Optional<String> find(String key) {
        return get(key);
    }

    /** Keeps {@code value} under {@code key}, replacing what was there; null removes the key. */
    public void set(String key, String value) {
        database.dsl().transaction(cfg -> set(JooqTransactions.of(cfg.dsl()), key, value));
    }

    /** The table's names, in a holder so loading this class does not start jOOQ (see {@link #has}). */
    private static final class Sql {
        static final Table<?> SETTING = DSL.table(DSL.name("APP_SETTING"));
        static final Field<String> KEY = DSL.field(DSL.name("SETTING_KEY"), String.class);
        static final Field<String> VALUE = DSL.field(DSL.name("SETTING_VALUE"), String.class);
    }
}
