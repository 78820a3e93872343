package org.charterreviewer.team.store;

import java.util.ArrayList;
import java.util.List;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.team.CouncilSchool;
import org.jooq.Record;

/**
 * The council's school register (council_school), by URN. A push changes a school only when
 * something differs, so re-sending the register does not wake every laptop; an erased school is
 * never brought back by a laptop that still has it.
 */
public final class CouncilSchoolStore {

    private static final String COLUMNS = "name, local_authority, establishment_type, phase, establishment_status, "
            + "street, locality, address3, town, county, postcode, website, telephone, head_teacher";
    private static final String[] NAMES = COLUMNS.split(", ");
    private static final String UPSERT = "insert into council_school (urn, " + COLUMNS + ", change_no) values (?, "
            + "?, ".repeat(NAMES.length) + "nextval('council_change')) on conflict (urn) do update set "
            + String.join(", ", java.util.Arrays.stream(NAMES).map(n -> n + " = excluded." + n).toList())
            + ", updated_by = current_user, change_no = nextval('council_change') "
            + "where not council_school.erased and (" + prefixed("council_school.") + ") is distinct from ("
            + prefixed("excluded.") + ")";
    private static final int BATCH = 1000;

    private final CouncilDatabase database;

    CouncilSchoolStore(CouncilDatabase database) {
        this.database = database;
    }

    private static String prefixed(String prefix) {
        return String.join(", ", java.util.Arrays.stream(NAMES).map(n -> prefix + n).toList());
    }

    /** Adds or updates these schools (each must have a URN), a thousand to a transaction. */
    public void push(List<SchoolDraft> schools) {
        for (int from = 0; from < schools.size(); from += BATCH) {
            List<SchoolDraft> part = schools.subList(from, Math.min(schools.size(), from + BATCH));
            database.transaction(tx -> {
                CouncilStore.lockWrites(tx);
                List<Object[]> rows = new ArrayList<>();
                for (SchoolDraft s : part) {
                    rows.add(new Object[] {s.urn(), s.name(), s.localAuthority(), s.establishmentType(), s.phase(),
                        s.establishmentStatus(), s.street(), s.locality(), s.address3(), s.town(), s.county(),
                        s.postcode(), s.website(), s.telephone(), s.headTeacher()});
                }
                return tx.batch(UPSERT, rows.toArray(Object[][]::new)).execute();
            });
        }
    }

    /** The next schools changed (or erased) after change number {@code after}, oldest first. */
    public List<CouncilSchool> after(long after, int limit) {
        return database.call(dsl -> dsl.resultQuery("select urn, " + COLUMNS + ", erased, change_no from council_school "
                + "where change_no > ? order by change_no limit ?", after, limit).fetch(CouncilSchoolStore::school));
    }

    private static CouncilSchool school(Record r) {
        SchoolDraft draft = new SchoolDraft(r.get("urn", String.class), r.get("name", String.class),
                r.get("local_authority", String.class), r.get("establishment_type", String.class),
                r.get("phase", String.class), r.get("establishment_status", String.class),
                r.get("street", String.class), r.get("locality", String.class), r.get("address3", String.class),
                r.get("town", String.class), r.get("county", String.class), r.get("postcode", String.class),
                r.get("website", String.class), r.get("telephone", String.class), r.get("head_teacher", String.class));
        return new CouncilSchool(draft, r.get("erased", Boolean.class), r.get("change_no", Long.class));
    }
}
