package org.charterreviewer.team;

import static org.charterreviewer.i18n.Messages.tr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
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
        long before = digest();
        long mark = local.mark(TeamStore.SCHOOLS);
        for (List<CouncilSchool> page = council.after(mark, PAGE); !page.isEmpty(); page = council.after(mark, PAGE)) {
            for (CouncilSchool school : page) {
                monitor.checkCancelled();
                apply(school, tally);
                mark = school.changeNo();
            }
            local.setMark(TeamStore.SCHOOLS, mark);
        }
        if (before != local.mark(TeamStore.SCHOOLS_PUSHED)) {
            council.push(schools.search("", true, Integer.MAX_VALUE).stream()
                    .filter(s -> s.urn() != null && !s.urn().isBlank()).map(School::toDraft).toList());
        }
        local.setMark(TeamStore.SCHOOLS_PUSHED, digest());
    }

    private void apply(CouncilSchool school, SyncTally tally) {
        Optional<School> here = schools.findByUrn(school.school().urn());
        if (school.erased()) {
            here.ifPresent(found -> {
                ErasurePlan plan = eraser.planSchool(found.id());
                List<UUID> ids = plan.reviews().stream().map(ErasedReview::reviewId).toList();
                eraser.erase(plan);
                local.forgetReviews(ids);
                tally.schoolsErased++;
            });
            return;
        }
        SchoolDraft incoming = school.school().normalised();
        if (here.isEmpty()) {
            schools.add(incoming);
            tally.schoolsPulled++;
        } else if (!here.get().toDraft().normalised().equals(incoming)) {
            schools.update(here.get().id(), incoming);
            tally.schoolsPulled++;
        }
    }

    /** A short fingerprint of the register's schools with a URN, to tell whether it changed here. */
    private long digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (School s : schools.search("", true, Integer.MAX_VALUE)) {
                if (s.urn() != null && !s.urn().isBlank()) {
                    digest.update(s.toDraft().normalised().toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return java.nio.ByteBuffer.wrap(digest.digest()).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
