package org.charterreviewer.school.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.storage.Database;
import org.charterreviewer.testing.BothDatabases;
import org.jooq.DSLContext;

/** The school register's SQL, single rows and the import's JDBC batches, on H2 and on PostgreSQL alike. */
class SchoolStoreTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @BothDatabases
    void searchFindsBySearchKeyIgnoringCaseAndAccentsInNameOrder(Database database) {
        DSLContext dsl = database.dsl();
        SchoolStore store = new SchoolStore(dsl);
        store.insert(dsl, draft("100001", "Zebra Primary", "Léeds", "LS1 1AA"), NOW);
        store.insert(dsl, draft("100002", "Acorn Academy", "Leeds", "LS2 2BB"), NOW);
        long archived = store.insert(dsl, draft("100003", "Beech School", "Leeds", "LS3 3CC"), NOW);
        store.setArchived(dsl, archived, true, NOW);

        assertThat(store.search("LEEDS", false, 10)).extracting(School::name)
                .containsExactly("Acorn Academy", "Zebra Primary");
        assertThat(store.search("leeds", true, 10)).extracting(School::name)
                .containsExactly("Acorn Academy", "Beech School", "Zebra Primary");
        assertThat(store.search("ls22bb", false, 10)).extracting(School::urn).containsExactly("100002");
        assertThat(store.countMatching("leeds", true)).isEqualTo(3);
        assertThat(store.count(false)).isEqualTo(2);
        assertThat(store.findByUrn("100003")).hasValueSatisfying(school -> assertThat(school.archived()).isTrue());
    }

    @BothDatabases
    void theImportsBatchesInsertReadAndUpdateManySchools(Database database) {
        DSLContext dsl = database.dsl();
        SchoolStore store = new SchoolStore(dsl);
        dsl.transaction(cfg -> store.insertAll(cfg.dsl(), List.of(
                draft("200001", "Ash Infants", "York", "YO1 1AA"),
                draft("200002", "Birch Juniors", "York", "YO2 2BB")), NOW));

        Map<String, School> byUrn = store.allWithUrn(dsl);
        assertThat(byUrn).containsOnlyKeys("200001", "200002");

        long birch = byUrn.get("200002").id();
        dsl.transaction(cfg -> store.updateAll(cfg.dsl(),
                Map.of(birch, draft("200002", "Birch Junior School", "Selby", "YO8 8ZZ")), NOW.plusDays(1)));

        assertThat(store.find(birch)).hasValueSatisfying(school -> {
            assertThat(school.name()).isEqualTo("Birch Junior School");
            assertThat(school.town()).isEqualTo("Selby");
        });
        assertThat(store.search("selby", false, 10)).extracting(School::id).containsExactly(birch);
        assertThat(store.search("york", false, 10)).extracting(School::urn).containsExactly("200001");
    }

    private static SchoolDraft draft(String urn, String name, String town, String postcode) {
        return new SchoolDraft(urn, name, null, null, null, null, null, null, null, town, null, postcode, null, null, null);
    }
}
