package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charterreviewer.charter.CharterImportResult;
import org.charterreviewer.charter.CharterLibrary;
import org.charterreviewer.charter.CharterSource;
import org.charterreviewer.charter.StoredCharter;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.protection.DataEraser;
import org.charterreviewer.protection.ErasedReview;
import org.charterreviewer.protection.ErasurePlan;
import org.charterreviewer.school.School;
import org.charterreviewer.school.SchoolDraft;
import org.charterreviewer.school.SchoolRegister;
import org.charterreviewer.team.store.CouncilSchoolStore;
import org.charterreviewer.team.store.CouncilStore;
import org.charterreviewer.team.store.TeamStore;

/**
 * Shares the charter library and the school register through the council database: charter
 * versions are added where missing (a version never changes); schools are matched by URN, and a
 * school an administrator erased centrally is erased here through the same path as a local erasure
 * (its reviews, evidence no other review uses, then compaction). Schools without a URN stay local.
 */
final class RegisterSync {

    private static final int PAGE = 1000;

    private final TeamStore local;
    private final CharterLibrary charters;
    private final SchoolRegister schools;
    private final DataEraser eraser;

    RegisterSync(TeamStore local, CharterLibrary charters, SchoolRegister schools, DataEraser eraser) {
        this.local = local;
        this.charters = charters;
        this.schools = schools;
        this.eraser = eraser;
    }

    void syncCharters(CouncilStore council, SyncTally tally) {
        long mark = local.mark(TeamStore.CHARTERS);
        for (CouncilCharter charter : council.chartersAfter(mark)) {
            CharterImportResult result = charters.importSources(List.of(new CharterSource(
                    charter.charterId() + " " + charter.version(), charter.jsonText().getBytes(StandardCharsets.UTF_8))),
                    ProgressMonitor.NONE);
            if (!result.succeeded()) {
                tally.problems.add(tr("team.sync.charterProblem", charter.charterId(), charter.version()));
            } else if (result.outcomes().stream().anyMatch(o -> o.status() == CharterImportResult.Status.IMPORTED)) {
                tally.chartersPulled++;
            }
            local.setMark(TeamStore.CHARTERS, charter.changeNo());
        }
        for (StoredCharter stored : charters.all()) {
            council.pushCharter(stored.charter().id(), stored.charter().version(), stored.contentSha256(),
                    stored.jsonText());
        }
    }

    /**
     * Pulls the council's changes to the register, then sends this laptop's register when it
     * changed here since the last sync (the server keeps a school only when something differs).
     */
    void syncSchools(CouncilSchoolStore council, ProgressMonitor monitor, SyncTally tally) {
        Map<String, School> here = schools.byUrn(); // one read for the whole sync, not one per school
        long before = digest(here);
        long mark = local.mark(TeamStore.SCHOOLS);
        boolean pulled = false;
        for (List<CouncilSchool> page = council.after(mark, PAGE); !page.isEmpty(); page = council.after(mark, PAGE)) {
            List<SchoolDraft> added = new ArrayList<>();
            Map<Long, SchoolDraft> changed = new LinkedHashMap<>();
            for (CouncilSchool school : page) {
                monitor.checkCancelled();
                if (school.erased()) {
                    pulled |= erase(here.get(school.school().urn()), tally);
                } else {
                    compare(school.school().normalised(), here, added, changed);
                }
                mark = school.changeNo();
            }
            // A page lands in one transaction and the mark moves after it: a stopped pull redoes at most a page.
            schools.addAndUpdate(added, changed, "council");
            tally.schoolsPulled += added.size() + changed.size();
            pulled |= !added.isEmpty() || !changed.isEmpty();
            local.setMark(TeamStore.SCHOOLS, mark);
        }
        Map<String, School> now = pulled ? schools.byUrn() : here;
        // A register that had no schools before this pull has nothing of its own to send.
        if (!here.isEmpty() && before != local.mark(TeamStore.SCHOOLS_PUSHED)) {
            council.push(now.values().stream().map(School::toDraft).toList());
        }
        local.setMark(TeamStore.SCHOOLS_PUSHED, digest(now));
    }

    private boolean erase(School found, SyncTally tally) {
        if (found == null) {
            return false;
        }
        ErasurePlan plan = eraser.planSchool(found.id());
        List<UUID> ids = plan.reviews().stream().map(ErasedReview::reviewId).toList();
        eraser.erase(plan);
        local.forgetReviews(ids);
        tally.schoolsErased++;
        return true;
    }

    private static void compare(SchoolDraft incoming, Map<String, School> here, List<SchoolDraft> added,
            Map<Long, SchoolDraft> changed) {
        School found = here.get(incoming.urn());
        if (found == null) {
            added.add(incoming); // the council has one row per URN, so a page never names a school twice
        } else if (!found.toDraft().normalised().equals(incoming)) {
            changed.put(found.id(), incoming);
        }
    }

    /** A short fingerprint of the register's schools with a URN, in URN order, to tell whether it changed here. */
    private static long digest(Map<String, School> byUrn) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (School s : new java.util.TreeMap<>(byUrn).values()) {
                digest.update(s.toDraft().normalised().toString().getBytes(StandardCharsets.UTF_8));
            }
            return java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
