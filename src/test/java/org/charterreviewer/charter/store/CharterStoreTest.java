package org.charterreviewer.charter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.charterreviewer.audit.AuditEntry;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

/** Charter versions (long JSON text, an optional issuing body) and the audit log, on both databases. */
class CharterStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @BothDatabases
    void charterVersionsKeepTheirTextAndAreListedInImportOrder(Database database) {
        DSLContext dsl = database.dsl();
        CharterStore store = new CharterStore(database);
        String json = "{\"items\":\"" + "é".repeat(20_000) + "\"}";
        store.insert(dsl, new CharterStore.Row("yes", "2.0", "a".repeat(64), "#YES", null, json, NOW.plusSeconds(60)));
        store.insert(dsl, new CharterStore.Row("yes", "1.0", "b".repeat(64), "#YES", "Council", "{}", NOW));

        assertThat(store.find(dsl, "yes", "2.0")).hasValueSatisfying(row -> {
            assertThat(row.jsonText()).isEqualTo(json);
            assertThat(row.issuingBody()).isNull();
            assertThat(row.importedAt()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThat(store.all()).extracting(CharterStore.Row::version).containsExactly("1.0", "2.0");
        assertThat(store.versionsOf("no")).isEmpty();
    }

    @BothDatabases
    void auditEntriesAreReadBackInTheOrderTheyWereWritten(Database database) {
        DSLContext dsl = database.dsl();
        AuditLogStore audit = new AuditLogStore(Clock.fixed(NOW, ZoneOffset.UTC));
        audit.append(dsl, "Siân O’Brien", "created", "charter", "yes@2.0", null);
        audit.append(dsl, "Siân O’Brien", "archived", "charter", "yes@2.0", "detail");
        audit.append(dsl, "Other", "created", "school", "1", null);

        assertThat(audit.entriesFor(dsl, "charter", "yes@2.0")).extracting(AuditEntry::event)
                .containsExactly("created", "archived");
        assertThat(audit.entriesFor(dsl, "charter", "yes@2.0").get(0).occurredAt()).isEqualTo(NOW);
    }
}
