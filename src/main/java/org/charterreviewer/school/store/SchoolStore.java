package org.charterreviewer.school.store;

import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolField;
import org.charterreviewer.school.SchoolReview;
import static org.charterreviewer.storage.jooq.Tables.CHARTER;
import static org.charterreviewer.storage.jooq.Tables.REVIEW;
import static org.charterreviewer.storage.jooq.Tables.SCHOOL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.JooqTransactions;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.jooq.tables.records.SchoolRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The {@code school} table. Reads take the database's context; writes take the caller's
 * transaction so a register change, its audit entry or a whole import land together.
 * Keeps the {@code search_key} column in step with what search looks at.
 */
public final class SchoolStore {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The text columns, in {@link SchoolField} order. */
    private static final List<Field<String>> TEXT_FIELDS = List.of(SCHOOL.URN, SCHOOL.NAME, SCHOOL.LOCAL_AUTHORITY,
            SCHOOL.ESTABLISHMENT_TYPE, SCHOOL.PHASE, SCHOOL.ESTABLISHMENT_STATUS, SCHOOL.STREET, SCHOOL.LOCALITY,
            SCHOOL.ADDRESS3, SCHOOL.TOWN, SCHOOL.COUNTY, SCHOOL.POSTCODE, SCHOOL.WEBSITE, SCHOOL.TELEPHONE,
            SCHOOL.HEAD_TEACHER);

    private final DSLContext dsl;

    public SchoolStore(Database database) {
        this(database.dsl());
    }

    public SchoolStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<School> find(long id) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(id)).fetchOptional(SchoolStore::toSchool);
    }

    public Optional<School> findByUrn(String urn) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.URN.eq(urn)).fetchOptional(SchoolStore::toSchool);
    }

    /**
     * Schools whose name, URN, postcode (spaces ignored) or town contain every word of
     * {@code text}, ignoring case and accents; sorted by name, at most {@code limit}.
     */
    public List<School> search(String text, boolean includeArchived, int limit) {
        return dsl.selectFrom(SCHOOL)
                .where(matching(text, includeArchived))
                .orderBy(SCHOOL.NAME, SCHOOL.SCHOOL_ID)
                .limit(limit)
                .fetch(SchoolStore::toSchool);
    }

    /** How many schools {@link #search} would find without a limit. */
    public int countMatching(String text, boolean includeArchived) {
        return dsl.fetchCount(SCHOOL, matching(text, includeArchived));
    }

    private static Condition matching(String text, boolean includeArchived) {
        Condition condition = includeArchived ? DSL.noCondition() : SCHOOL.ARCHIVED.isFalse();
        for (String word : searchable(text == null ? "" : text).split("[\\s|]+")) {
            if (!word.isEmpty()) {
                condition = condition.and(SCHOOL.SEARCH_KEY.like("%" + escapeLike(word) + "%", '!'));
            }
        }
        return condition;
    }

    public int count(boolean includeArchived) {
        return includeArchived ? dsl.fetchCount(SCHOOL) : dsl.fetchCount(SCHOOL, SCHOOL.ARCHIVED.isFalse());
    }

    /** The reviews of a school, the latest revision of each, newest visit first. */
    public List<SchoolReview> reviewsOf(long schoolId) {
        Map<UUID, SchoolReview> latest = new LinkedHashMap<>();
        // The charter's title, for the officer; its id is for the machine.
        dsl.select(REVIEW.REVIEW_ID, REVIEW.REVISION, REVIEW.STATUS, REVIEW.CHARTER_ID, REVIEW.CHARTER_VERSION,
                        REVIEW.VISIT_DATE, REVIEW.VALID_UNTIL, CHARTER.TITLE)
                .from(REVIEW)
                .leftJoin(CHARTER).on(CHARTER.CHARTER_ID.eq(REVIEW.CHARTER_ID).and(CHARTER.VERSION.eq(REVIEW.CHARTER_VERSION)))
                .where(REVIEW.SCHOOL_ID.eq(schoolId))
                .orderBy(REVIEW.VISIT_DATE.desc().nullsFirst(), REVIEW.REVIEW_ID, REVIEW.REVISION.desc())
                .forEach(r -> latest.putIfAbsent(r.value1(), new SchoolReview(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8())));
        return new ArrayList<>(latest.values());
    }

    /** Adds a school and returns its id. */
    public long insert(Tx tx, SchoolDraft draft, OffsetDateTime now) {
        return insert(JooqTransactions.dsl(tx), draft, now);
    }

    private long insert(DSLContext tx, SchoolDraft draft, OffsetDateTime now) {
        SchoolRecord record = tx.newRecord(SCHOOL);
        fill(record, draft);
        record.setArchived(false);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        return record.getSchoolId();
    }

    /**
     * The school a review or bundle being imported names: the one with its URN, else the only one
     * with exactly its name, else it is added (with its search key, so it is found like any other).
     * Works inside the import's transaction, so the school and the review are stored all or nothing.
     */
    public SchoolMatch matchOrInsert(Tx tx, SchoolDraft draft, OffsetDateTime now) {
        return matchOrInsert(JooqTransactions.dsl(tx), draft, now);
    }

    /** As {@link #matchOrInsert(Tx, SchoolDraft, OffsetDateTime)}, for callers still holding a jOOQ transaction. */
    public SchoolMatch matchOrInsert(DSLContext tx, SchoolDraft draft, OffsetDateTime now) {
        if (draft.urn() != null) {
            Optional<Long> byUrn = tx.select(SCHOOL.SCHOOL_ID).from(SCHOOL).where(SCHOOL.URN.eq(draft.urn()))
                    .fetchOptional(SCHOOL.SCHOOL_ID);
            if (byUrn.isPresent()) {
                return new SchoolMatch(byUrn.get(), false);
            }
        }
        List<Long> byName = tx.select(SCHOOL.SCHOOL_ID).from(SCHOOL).where(SCHOOL.NAME.eq(draft.name()))
                .fetch(SCHOOL.SCHOOL_ID);
        if (byName.size() == 1) {
            return new SchoolMatch(byName.get(0), false);
        }
        return new SchoolMatch(insert(tx, draft, now), true);
    }

    /** The school an import settled on, and whether it was added for it. */
    public record SchoolMatch(long schoolId, boolean created) {
    }

    public void update(Tx transaction, long id, SchoolDraft draft, OffsetDateTime now) {
        DSLContext tx = JooqTransactions.dsl(transaction);
        SchoolRecord record = tx.newRecord(SCHOOL);
        fill(record, draft);
        record.setUpdatedAt(now);
        record.changed(SCHOOL.SCHOOL_ID, false);
        tx.update(SCHOOL).set(record).where(SCHOOL.SCHOOL_ID.eq(id)).execute();
    }

    public void setArchived(Tx tx, long id, boolean archived, OffsetDateTime now) {
        JooqTransactions.dsl(tx).update(SCHOOL).set(SCHOOL.ARCHIVED, archived).set(SCHOOL.UPDATED_AT, now)
                .where(SCHOOL.SCHOOL_ID.eq(id)).execute();
    }

    /** Deletes a school row; its reviews must have been deleted first (their feature deletes them). */
    public int delete(Tx tx, long id) {
        return JooqTransactions.dsl(tx).deleteFrom(SCHOOL).where(SCHOOL.SCHOOL_ID.eq(id)).execute();
    }

    /**
     * Every school that has a URN, by URN: what an import compares its rows with. Plain JDBC, as
     * for the batches below: mapping 50,000 jOOQ records cost more than reading them.
     */
    public Map<String, School> allWithUrn(Tx tx) {
        String sql = "SELECT school_id, " + columnList() + ", archived FROM school WHERE urn IS NOT NULL";
        Map<String, School> byUrn = new HashMap<>();
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet rows = statement.executeQuery()) {
                String[] text = new String[TEXT_FIELDS.size()];
                while (rows.next()) {
                    for (int i = 0; i < text.length; i++) {
                        text[i] = rows.getString(i + 2);
                    }
                    School school = new School(rows.getLong(1), text[0], text[1], text[2], text[3], text[4], text[5],
                            text[6], text[7], text[8], text[9], text[10], text[11], text[12], text[13], text[14],
                            rows.getBoolean(text.length + 2));
                    byUrn.put(school.urn(), school);
                }
            }
        });
        return byUrn;
    }

    /** Inserts many schools as one JDBC batch of one prepared statement (jOOQ's own batch is slower here). */
    public void insertAll(Tx tx, List<SchoolDraft> drafts, OffsetDateTime now) {
        if (drafts.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO school (" + columnList() + ", search_key, archived, created_at, updated_at) "
                + "VALUES (" + "?, ".repeat(TEXT_FIELDS.size()) + "?, FALSE, ?, ?)";
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (SchoolDraft draft : drafts) {
                    int i = bindText(statement, draft);
                    statement.setString(i++, searchKey(draft));
                    statement.setObject(i++, now);
                    statement.setObject(i, now);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    /** Updates many schools (by id) as one JDBC batch; archived flags and reviews are left alone. */
    public void updateAll(Tx tx, Map<Long, SchoolDraft> drafts, OffsetDateTime now) {
        if (drafts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE school SET ");
        for (Field<String> field : TEXT_FIELDS) {
            sql.append(field.getName().toLowerCase(Locale.ROOT)).append(" = ?, ");
        }
        sql.append("search_key = ?, updated_at = ? WHERE school_id = ?");
        JooqTransactions.dsl(tx).connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (Map.Entry<Long, SchoolDraft> entry : drafts.entrySet()) {
                    int i = bindText(statement, entry.getValue());
                    statement.setString(i++, searchKey(entry.getValue()));
                    statement.setObject(i++, now);
                    statement.setLong(i, entry.getKey());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }

    private static String columnList() {
        return String.join(", ", TEXT_FIELDS.stream().map(f -> f.getName().toLowerCase(Locale.ROOT)).toList());
    }

    /** Binds the text fields in {@link #TEXT_FIELDS} order; returns the next parameter index. */
    private static int bindText(PreparedStatement statement, SchoolDraft draft) throws SQLException {
        int i = 1;
        for (SchoolField field : SchoolField.values()) {
            statement.setString(i++, draft.get(field));
        }
        return i;
    }

    private static void fill(SchoolRecord record, SchoolDraft draft) {
        record.setUrn(draft.urn());
        record.setName(draft.name());
        record.setLocalAuthority(draft.localAuthority());
        record.setEstablishmentType(draft.establishmentType());
        record.setPhase(draft.phase());
        record.setEstablishmentStatus(draft.establishmentStatus());
        record.setStreet(draft.street());
        record.setLocality(draft.locality());
        record.setAddress3(draft.address3());
        record.setTown(draft.town());
        record.setCounty(draft.county());
        record.setPostcode(draft.postcode());
        record.setWebsite(draft.website());
        record.setTelephone(draft.telephone());
        record.setHeadTeacher(draft.headTeacher());
        record.setSearchKey(searchKey(draft));
    }

    /** Name, URN, postcode without spaces and town, lower-cased and without accents. */
    static String searchKey(SchoolDraft draft) {
        String postcode = draft.postcode() == null ? "" : draft.postcode().replace(" ", "");
        return searchable(String.join(" | ", draft.name(), nonNull(draft.urn()), postcode, nonNull(draft.town())));
    }

    /** Lower case, accents removed and ’ read as ', so "St Anthony's" finds "St Anthony’s" and "ecole" "École". */
    static String searchable(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        boolean ascii = lower.chars().allMatch(c -> c < 128);
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static School toSchool(Record r) {
        return new School(r.get(SCHOOL.SCHOOL_ID), r.get(SCHOOL.URN), r.get(SCHOOL.NAME), r.get(SCHOOL.LOCAL_AUTHORITY),
                r.get(SCHOOL.ESTABLISHMENT_TYPE), r.get(SCHOOL.PHASE), r.get(SCHOOL.ESTABLISHMENT_STATUS),
                r.get(SCHOOL.STREET), r.get(SCHOOL.LOCALITY), r.get(SCHOOL.ADDRESS3), r.get(SCHOOL.TOWN),
                r.get(SCHOOL.COUNTY), r.get(SCHOOL.POSTCODE), r.get(SCHOOL.WEBSITE), r.get(SCHOOL.TELEPHONE),
                r.get(SCHOOL.HEAD_TEACHER), Boolean.TRUE.equals(r.get(SCHOOL.ARCHIVED)));
    }
}
