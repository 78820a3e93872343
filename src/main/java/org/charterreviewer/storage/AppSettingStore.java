package org.charterreviewer.storage;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The small facts a data folder keeps about itself in the {@code app_setting} table, one row a key
 * (for example that the sample charters were loaded, or the council's timestamp server).
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

    /** The value kept under {@code key}, if any. */
    public java.util.Optional<String> find(String key) {
        return database.dsl().select(VALUE).from(SETTING).where(KEY.eq(key)).fetchOptional(VALUE);
    }

    /** Keeps {@code value} under {@code key}, replacing what was there; null removes the key. */
    public void set(String key, String value) {
        database.dsl().transaction(cfg -> {
            cfg.dsl().deleteFrom(SETTING).where(KEY.eq(key)).execute();
            if (value != null) {
                cfg.dsl().insertInto(SETTING, KEY, VALUE).values(key, value).execute();
            }
        });
    }
}
