package org.charterreviewer.storage;

import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.EVIDENCE_BLOB;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** How much a data folder holds, for the status line and {@code status} on the command line. */
public record DatabaseSummary(String schemaVersion, int charters, int schools, int reviews, int evidenceFiles) {

    public static DatabaseSummary read(DSLContext dsl) {
        // The last applied migration, by Flyway's own order: version strings do not sort as text.
        String version = dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.name("version")).isNotNull())
                .orderBy(DSL.field(DSL.name("installed_rank")).desc())
                .limit(1)
                .fetchOne(0, String.class);
        return new DatabaseSummary(
                version == null ? "0" : version,
                dsl.fetchCount(CHARTER),
                dsl.fetchCount(SCHOOL),
                dsl.fetchCount(DSL.selectDistinct(REVIEW.REVIEW_ID).from(REVIEW)),
                dsl.fetchCount(EVIDENCE_BLOB));
    }
}
