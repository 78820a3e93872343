package org.charterreviewer.testing;

import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;

/**
 * A context that quotes every name, for tests that read the database's own table list: the app renders
 * names unquoted (so PostgreSQL finds them), which misses tables named in lower case, such as Flyway's.
 */
public final class QuotedNames {

    private QuotedNames() {
    }

    public static DSLContext of(DSLContext dsl) {
        return DSL.using(dsl.configuration().derive(
                SettingsTools.clone(dsl.settings()).withRenderQuotedNames(RenderQuotedNames.ALWAYS)));
    }
}
