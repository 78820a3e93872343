package org.charterreviewer.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The small facts a data folder keeps about itself in the {@code app_setting} table, one row a key
 * (for example that the sample charters were loaded). Written once and read at start.
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
        // Built here, not in static fields: loading this class must not start jOOQ (see has()).
        Table<?> setting = DSL.table(DSL.name("APP_SETTING"));
        Field<String> keyField = DSL.field(DSL.name("SETTING_KEY"), String.class);
        Field<String> valueField = DSL.field(DSL.name("SETTING_VALUE"), String.class);
        database.dsl().insertInto(setting, keyField, valueField).values(key, value).execute();
    }
}
