package org.charterreviewer.storage;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The small facts a data folder keeps about itself in the {@code app_setting} table, one row a key
 * (for example that the sample charters were loaded). Written once and read at start.
 */
public final class AppSettingStore {

    private static final Table<?> SETTING = DSL.table(DSL.name("APP_SETTING"));
    private static final Field<String> KEY = DSL.field(DSL.name("SETTING_KEY"), String.class);
    private static final Field<String> VALUE = DSL.field(DSL.name("SETTING_VALUE"), String.class);

    private final Database database;

    public AppSettingStore(Database database) {
        this.database = database;
    }

    public boolean has(String key) {
        DSLContext dsl = database.dsl();
        return dsl.fetchExists(SETTING, KEY.eq(key));
    }

    public void put(String key, String value) {
        database.dsl().insertInto(SETTING, KEY, VALUE).values(key, value).execute();
    }
}
