package org.charterreviewer.review;

import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.charter.AwardCondition;
import org.charterreviewer.charter.AwardRule;
import org.charterreviewer.charter.CertificateWording;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.CharterCatalog;
import org.charterreviewer.charter.CharterKind;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;
import org.charterreviewer.charter.StoredCharter;
import org.jooq.DSLContext;

/**
 * Charters built in Java for review tests (the charter reader is another feature's), a catalog
 * holding them, and rows for the charter and school tables that reviews refer to.
 */
public final class ReviewFixtures {

    public static final String WOLVERHAMPTON = "wolverhampton-co-production-charter";
    public static final String BCP = "bcp-co-production-pledge";

    private ReviewFixtures() {
    }

    /** Like Wolverhampton's: 9 promises, then 5 principles of statements; every item ≥ emerging, most ≥ established, evidence for principles. */
    public static Charter wolverhampton() {
        List<Section> sections = new ArrayList<>();
        sections.add(section("promises", "We promise", new Section.ItemNoun("promise", "promises"), "p", 9));
        sections.add(section("equal-partnership", "Equal partnership", statement(), "ep", 6));
        sections.add(section("shared-understanding", "Shared understanding", statement(), "su", 5));
        sections.add(section("open-minded", "Open-minded", statement(), "om", 5));
        sections.add(section("communication", "Communication", statement(), "co", 5));
        sections.add(section("meaningful-contribution", "Meaningful contribution", statement(), "mc", 5));
        List<String> principles = List.of("equal-partnership", "shared-understanding", "open-minded", "communication",
                "meaningful-contribution");
        JudgementScale scale = new JudgementScale(List.of(
                new JudgementScale.Level("not-yet", "Not yet", "Not seen yet", 0),
                new JudgementScale.Level("emerging", "Emerging", "Starting", 1),
                new JudgementScale.Level("established", "Established", "Usual practice", 2),
                new JudgementScale.Level("embedded", "Embedded", "How things are done", 3)));
        AwardRule rule = new AwardRule("Every item at least Emerging, most of each section Established, evidence for principles",
                List.of(new AwardCondition.EveryItemAtLeast("emerging", List.of()),
                        new AwardCondition.ShareOfItemsAtLeast("established", 0.5, true, true, List.of()),
                        new AwardCondition.EveryItemHasEvidence(1, principles)));
        return new Charter(1, WOLVERHAMPTON, "2024.1", CharterKind.CHARTER,
                "Children and Families Together Co-Production Charter", "City of Wolverhampton Council",
                new Charter.Source("City of Wolverhampton Council", "https://example.org/charter", null),
                new Charter.Dates("2020", null), List.of("This Charter is a set of principles and promises."),
                sections, List.of(), scale, rule,
                new CertificateWording("#YES Co-Production Charter Status", 24, "has shown co-production"));
    }

    /** Like BCP's pledge: 4 commitments, one level, signed. */
    public static Charter bcp() {
        Section commitments = section("commitments", "Our commitment", new Section.ItemNoun("commitment", "commitments"),
                "c", 4);
        JudgementScale scale = new JudgementScale(List.of(new JudgementScale.Level("acknowledged", "Acknowledged",
                "The signatory acknowledges this commitment", 1)));
        AwardRule rule = new AwardRule("Every commitment acknowledged and the pledge signed",
                List.of(new AwardCondition.EveryItemAtLeast("acknowledged", List.of()),
                        new AwardCondition.SignatoryRecorded()));
        return new Charter(1, BCP, "1", CharterKind.PLEDGE, "Our Co-Production Pledge",
                "Bournemouth, Christchurch and Poole", new Charter.Source("BCP", null, null),
                new Charter.Dates(null, null), List.of(), List.of(commitments), List.of(), scale, rule,
                new CertificateWording("Co-Production Pledge signatory", 12, "has signed the pledge"));
    }

    static Section.ItemNoun statement() {
        return new Section.ItemNoun("statement", "statements");
    }

    static Section section(String id, String title, Section.ItemNoun noun, String prefix, int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(new Item(prefix + i, title + " item " + i, null));
        }
        return new Section(id, title, noun, List.of(), false, items);
    }

    public static StoredCharter stored(Charter charter) {
        String json = "{\"id\":\"" + charter.id() + "\",\"version\":\"" + charter.version() + "\"}";
        return new StoredCharter(charter, json, sha(json), Instant.parse("2026-01-01T00:00:00Z"));
    }

    static String sha(String text) {
        return java.util.HexFormat.of().formatHex(EvidenceService.sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A catalog of the given charters. */
    public static CharterCatalog catalog(Charter... charters) {
        Map<String, StoredCharter> byRef = new LinkedHashMap<>();
        for (Charter c : charters) {
            byRef.put(c.reference(), stored(c));
        }
        return new CharterCatalog() {
            @Override
            public Optional<StoredCharter> find(String id, String version) {
                return Optional.ofNullable(byRef.get(id + "@" + version));
            }

            @Override
            public List<StoredCharter> all() {
                return List.copyOf(byRef.values());
            }
        };
    }

    /** Puts the charter's row in the charter table, as the charter library would. */
    public static void insertCharterRow(DSLContext dsl, Charter charter) {
        StoredCharter s = stored(charter);
        dsl.insertInto(CHARTER)
                .set(CHARTER.CHARTER_ID, charter.id())
                .set(CHARTER.VERSION, charter.version())
                .set(CHARTER.CONTENT_SHA256, s.contentSha256())
                .set(CHARTER.TITLE, charter.title())
                .set(CHARTER.ISSUING_BODY, charter.issuingBody())
                .set(CHARTER.JSON_TEXT, s.jsonText())
                .set(CHARTER.IMPORTED_AT, s.importedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    public static long insertSchool(DSLContext dsl, String name, String urn) {
        var now = Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC);
        return dsl.insertInto(SCHOOL)
                .set(SCHOOL.NAME, name).set(SCHOOL.URN, urn).set(SCHOOL.STREET, "Low Hill Crescent")
                .set(SCHOOL.TOWN, "Wolverhampton").set(SCHOOL.POSTCODE, "WV10 9JN")
                .set(SCHOOL.CREATED_AT, now).set(SCHOOL.UPDATED_AT, now)
                .returning(SCHOOL.SCHOOL_ID).fetchSingle(SCHOOL.SCHOOL_ID);
    }
}
