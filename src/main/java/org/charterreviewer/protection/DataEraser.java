package org.charterreviewer.protection;

import org.charterreviewer.protection.store.ErasureStore;
import static org.charterreviewer.i18n.Messages.tr;

import java.nio.file.Files;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.storage.DataFolder;
import org.charterreviewer.review.store.ReviewDeletion;
import org.charterreviewer.school.store.SchoolStore;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Database;
import org.charterreviewer.storage.Tx;
import org.charterreviewer.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real deletion of schools, reviews and evidence files. First a plan lists exactly what will go (for
 * the officer to confirm); {@link #erase} then removes it in one transaction and compacts the
 * database, so the deleted bytes are gone from the file and not merely unreachable. Each feature deletes
 * its own rows (reviews and evidence by {@link ReviewDeletion}, the school by {@link SchoolStore}); this
 * class decides what goes and in which order. The audit log records each deletion by id only.
 */
public final class DataEraser {

    private static final Logger LOG = LoggerFactory.getLogger(DataEraser.class);

    private final Database database;
    private final DataFolder folder;
    private final AuditLogStore auditLog;
    private final Supplier<String> actor;
    private final Transactions transactions;
    private final ErasureStore store = new ErasureStore();
    private final ReviewDeletion reviewDeletion = new ReviewDeletion();
    private final SchoolStore schools;
    private final AppSettingStore settings;

    public DataEraser(Database database, DataFolder folder, AuditLogStore auditLog, Supplier<String> actor) {
        this.database = database;
        this.transactions = Transactions.on(database);
        this.schools = new SchoolStore(database);
        this.settings = new AppSettingStore(database);
        this.folder = folder;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** What deleting a school takes: the school and, listed, every review of it with its files. */
    public ErasurePlan planSchool(long schoolId) {
        return transactions.write(tx -> {
            String name = store.schoolName(tx, schoolId)
                    .orElseThrow(() -> new InvalidInputException(tr("school.notFound", schoolId)));
            List<UUID> ids = store.reviewsOfSchool(tx, schoolId);
            return new ErasurePlan(schoolId, name, wholeReviews(tx, ids));
        });
    }

    /** What deleting a review takes: every revision and everything in it. */
    public ErasurePlan planReview(UUID reviewId) {
        return transactions.write(tx -> ErasurePlan.ofReviews(wholeReviews(tx, List.of(reviewId))));
    }

    /** What deleting one evidence file of a review takes: the file in every revision of the review. */
    public ErasurePlan planEvidence(UUID reviewId, long evidenceId) {
        return transactions.write(tx -> {
            ErasureStore.EvidenceFacts evidence = store.evidence(tx, evidenceId)
                    .filter(e -> e.reviewId().equals(reviewId))
                    .orElseThrow(() -> new InvalidInputException(tr("erase.error.noSuchEvidence", evidenceId, reviewId)));
            return ErasurePlan.ofReviews(List.of(evidenceOnly(tx, reviewId, List.of(evidence))));
        });
    }

    /** The whole of each review, as listed in a plan. */
    List<ErasedReview> wholeReviews(Tx tx, List<UUID> ids) {
        return wholeReviews(tx, ids, ids);
    }

    /**
     * The whole of each review of {@code ids}; a file's content counts as freed when no review outside
     * {@code leaving} (the reviews the same plan deletes from) still uses it.
     */
    List<ErasedReview> wholeReviews(Tx tx, List<UUID> ids, Collection<UUID> leaving) {
        List<ErasedReview> reviews = new ArrayList<>();
        for (UUID id : ids) {
            ErasureStore.ReviewFacts facts = store.review(tx, id)
                    .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", id)));
            reviews.add(new ErasedReview(id, facts.schoolId(), facts.schoolName(), facts.charter(), charterName(facts),
                facts.visitDate(),
                    facts.revisions(), true, files(tx, store.evidenceOf(tx, id), leaving)));
        }
        return reviews;
    }

    private static String charterName(ErasureStore.ReviewFacts facts) {
        return facts.charterTitle() == null ? facts.charter()
                : tr("reviews.new.charterOption", facts.charterTitle(), facts.charterVersion());
    }

    /** Some evidence files of a review that stays. */
    ErasedReview evidenceOnly(Tx tx, UUID id, List<ErasureStore.EvidenceFacts> evidence) {
        return evidenceOnly(tx, id, evidence, List.of());
    }

    /** As above, in a plan that also deletes from the reviews of {@code leaving}. */
    ErasedReview evidenceOnly(Tx tx, UUID id, List<ErasureStore.EvidenceFacts> evidence, Collection<UUID> leaving) {
        ErasureStore.ReviewFacts facts = store.review(tx, id)
                .orElseThrow(() -> new InvalidInputException(tr("review.error.notFound", id)));
        return new ErasedReview(id, facts.schoolId(), facts.schoolName(), facts.charter(), charterName(facts),
                facts.visitDate(),
                facts.revisions(), false, files(tx, evidence, leaving));
    }

    private List<ErasedFile> files(Tx tx, List<ErasureStore.EvidenceFacts> evidence, Collection<UUID> leaving) {
        return evidence.stream()
                .map(e -> new ErasedFile(e.name(), e.sizeBytes(), e.sha256(), sharedWithOthers(tx, e, leaving)))
                .toList();
    }

    /** True when content is attached elsewhere too: another review, or other evidence of this one that stays. */
    private boolean sharedWithOthers(Tx tx, ErasureStore.EvidenceFacts evidence, Collection<UUID> leaving) {
        Set<UUID> gone = new LinkedHashSet<>(leaving);
        gone.add(evidence.reviewId());
        return store.contentUsedOutside(tx, evidence.sha256(), gone);
    }

    ErasureStore store() {
        return store;
    }

    Transactions transactions() {
        return transactions;
    }

    AppSettingStore settings() {
        return settings;
    }

    /**
     * Deletes what {@code plan} lists in one transaction (nothing, if any part fails), then compacts
     * the database file. With too little disk space for the compaction it refuses first
     * ({@code NotEnoughSpaceException}), deleting nothing. Compaction closes and reopens the database: connections taken before are closed.
     */
    public ErasureResult erase(ErasurePlan plan) {
        if (plan.isEmpty()) {
            return new ErasureResult(false, 0, 0, 0, fileSize(), fileSize());
        }
        // Refused before anything is deleted: a deletion the file cannot be rewritten for is not real.
        database.requireSpaceToCompact();
        int[] counts = transactions.write(tx -> {
            int reviews = 0;
            int rows = 0;
            Set<String> contents = new LinkedHashSet<>();
            for (ErasedReview review : plan.reviews()) {
                review.files().forEach(f -> contents.add(f.sha256()));
                if (review.wholeReview()) {
                    contents.addAll(store.evidenceOf(tx, review.reviewId()).stream()
                            .map(ErasureStore.EvidenceFacts::sha256).toList());
                    if (reviewDeletion.deleteReview(tx, review.reviewId()) > 0) {
                        reviews++;
                        auditLog.append(tx, actor.get(), "REVIEW_DELETED", "review", review.reviewId().toString(),
                                review.revisions() + " revisions; " + review.files().size() + " evidence files");
                    }
                } else {
                    for (ErasedFile file : review.files()) {
                        int deleted = reviewDeletion.deleteEvidence(tx, review.reviewId(), file.sha256());
                        rows += deleted;
                        auditLog.append(tx, actor.get(), "EVIDENCE_DELETED", "review", review.reviewId().toString(),
                                "evidence " + file.sha256().substring(0, 12) + " from " + deleted + " revisions");
                    }
                }
            }
            if (plan.schoolId() != null) {
                if (!store.reviewsOfSchool(tx, plan.schoolId()).isEmpty()) {
                    // A review was started for the school after the plan was shown: do not take it unseen.
                    throw new InvalidInputException(tr("erase.error.schoolChanged"));
                }
                schools.delete(tx, plan.schoolId());
                auditLog.append(tx, actor.get(), "SCHOOL_DELETED", "school", Long.toString(plan.schoolId()),
                        reviews + " reviews deleted with it");
            }
            int content = reviewDeletion.deleteUnusedContent(tx, contents);
            return new int[] {reviews, rows, content};
        });
        long before = fileSize();
        database.compact();
        long after = fileSize();
        LOG.info("Deleted {} reviews, {} evidence rows and {} stored files{}; database compacted",
                counts[0], counts[1], counts[2], plan.schoolId() != null ? " and one school" : "");
        return new ErasureResult(plan.schoolId() != null, counts[0], counts[1], counts[2], before, after);
    }

    private long fileSize() {
        try {
            return Files.size(folder.databaseFile());
        } catch (IOException e) {
            return -1;
        }
    }
}
