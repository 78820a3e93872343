package org.charterreviewer.charter.store;

import static org.charterreviewer.storage.jooq.Tables.CHARTER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.jooq.DSLContext;

/**
 * The {@code charter} table: each imported charter version as its exact JSON text and hash. Reads
 * without a transaction use the database it was made with; writes take the caller's transaction.
 */
public final class CharterStore {

    /** One row as stored. */
    public record Row(String id, String version, String contentSha256, String title, String issuingBody,
            String jsonText, Instant importedAt) {
    }

    private final Database database;

    public CharterStore(Database database) {
        this.database = database;
    }

    /** A store for callers that only pass their own jOOQ transaction (the bundle import, until it moves). */
    public CharterStore() {
        this(null);
    }

    public Optional<Row> find(String id, String version) {
        return find(database.dsl(), id, version);
    }

    public Optional<Row> find(Tx tx, String id, String version) {
        return find(JooqTransactions.dsl(tx), id, version);
    }

    public Optional<Row> find(DSLContext dsl, String id, String version) {
        return dsl.selectFrom(CHARTER)
                .where(CHARTER.CHARTER_ID.eq(id).and(CHARTER.VERSION.eq(version)))
                .fetchOptional(CharterStore::toRow);
    }

    public List<Row> all() {
        return database.dsl().selectFrom(CHARTER).orderBy(CHARTER.CHARTER_ID, CHARTER.IMPORTED_AT)
                .fetch(CharterStore::toRow);
    }

    public List<Row> versionsOf(String id) {
        return database.dsl().selectFrom(CHARTER).where(CHARTER.CHARTER_ID.eq(id)).fetch(CharterStore::toRow);
    }

    public void insert(Tx tx, Row row) {
        insert(JooqTransactions.dsl(tx), row);
    }

    public void insert(DSLContext tx, Row row) {
        tx.insertInto(CHARTER)
                .set(CHARTER.CHARTER_ID, row.id())
                .set(CHARTER.VERSION, row.version())
                .set(CHARTER.CONTENT_SHA256, row.contentSha256())
                .set(CHARTER.TITLE, row.title())
                .set(CHARTER.ISSUING_BODY, row.issuingBody())
                .set(CHARTER.JSON_TEXT, row.jsonText())
                .set(CHARTER.IMPORTED_AT, row.importedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static Row toRow(org.charterreviewer.storage.jooq.tables.records.CharterRecord r) {
        return new Row(r.getCharterId(), r.getVersion(), r.getContentSha256(), r.getTitle(), r.getIssuingBody(),
                r.getJsonText(), r.getImportedAt().toInstant());
    }
}
