package org.charterreviewer.protection;

import org.charterreviewer.protection.store.ErasureStore;
import static org.charterreviewer.i18n.Messages.tr;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterreviewer.InvalidInputException;
import org.charterreviewer.audit.store.AuditLogStore;
import org.charterreviewer.progress.ProgressMonitor;
import org.charterreviewer.storage.AppSettingStore;
import org.charterreviewer.storage.Tx;

/**
 * Keeping only what is needed: the retention rule set for the data folder, a preview listing exactly
 * what it would delete today, and applying it (real deletion and compaction by {@link DataEraser}).
 * Nothing is deleted until the officer has seen the preview and applies it.
 */
public final class RetentionRule {

    public static final String EVIDENCE_YEARS_SETTING = "retention.evidenceYears";
    public static final String REVIEW_YEARS_SETTING = "retention.reviewYears";
    public static final int MAX_YEARS = 100;

    private final DataEraser eraser;
    private final AuditLogStore auditLog;
    private final Clock clock;
    private final Supplier<String> actor;

    public RetentionRule(DataEraser eraser, AuditLogStore auditLog, Clock clock, Supplier<String> actor) {
        this.eraser = eraser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.actor = actor;
    }

    public RetentionSettings settings() {
        return eraser.transactions().write(tx -> new RetentionSettings(
                years(tx, EVIDENCE_YEARS_SETTING), years(tx, REVIEW_YEARS_SETTING)));
    }

    /** Sets both parts of the rule (null turns a part off). */
    public void set(RetentionSettings settings) {
        check(settings.evidenceYears());
        check(settings.reviewYears());
        eraser.transactions().run(tx -> {
            put(tx, EVIDENCE_YEARS_SETTING, settings.evidenceYears());
            put(tx, REVIEW_YEARS_SETTING, settings.reviewYears());
        });
    }

    /** Exactly what applying the rule today would delete; empty when the rule is off or nothing is due. */
    public ErasurePlan preview() {
        return preview(ProgressMonitor.NONE);
    }

    /**
     * As {@link #preview()}, reporting one step per review and stopping between reviews when the
     * monitor is cancelled (the window's preview of a large data folder can be stopped).
     */
    public ErasurePlan preview(ProgressMonitor monitor) {
        RetentionSettings settings = settings();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return eraser.transactions().write(tx -> {
            ErasureStore store = eraser.store();
            // First what is due, then the plan: content shared by two reviews that both lose it is
            // freed, and each of them must say so (one at a time, each saw the other as staying).
            List<UUID> whole = new ArrayList<>();
            List<UUID> evidenceOnly = new ArrayList<>();
            List<UUID> all = store.allReviews(tx);
            int done = 0;
            for (UUID id : all) {
                monitor.checkCancelled();
                monitor.progress(done++, all.size());
                ErasureStore.ReviewFacts facts = store.review(tx, id).orElseThrow();
                if (reviewDue(settings, facts, today)) {
                    whole.add(id);
                } else if (evidenceDue(settings, facts, today)) {
                    evidenceOnly.add(id);
                }
            }
            Set<UUID> leaving = new LinkedHashSet<>(whole);
            leaving.addAll(evidenceOnly);
            List<ErasedReview> due = new ArrayList<>(eraser.wholeReviews(tx, whole, leaving));
            for (UUID id : evidenceOnly) {
                List<ErasureStore.EvidenceFacts> evidence = store.evidenceOf(tx, id);
                if (!evidence.isEmpty()) {
                    due.add(eraser.evidenceOnly(tx, id, evidence, leaving));
                }
            }
            due.sort(java.util.Comparator.comparing(ErasedReview::schoolName)
                    .thenComparing(r -> r.visitDate() == null ? LocalDate.MIN : r.visitDate()));
            return ErasurePlan.ofReviews(due);
        });
    }

    /**
     * Deletes what {@code preview} listed (the caller shows it first) and records that the rule was
     * applied. Whole reviews that became due are deleted together with their evidence.
     */
    public ErasureResult apply(ErasurePlan preview) {
        ErasureResult result = eraser.erase(preview);
        if (!preview.isEmpty()) {
            eraser.transactions().run(tx -> auditLog.append(tx, actor.get(), "RETENTION_APPLIED",
                    "retention", "rule", result.reviewsDeleted() + " reviews; " + preview.files() + " evidence files"));
        }
        return result;
    }

    static boolean reviewDue(RetentionSettings settings, ErasureStore.ReviewFacts facts, LocalDate today) {
        if (settings.reviewYears() == null || !"FINALISED".equals(facts.latestStatus())) {
            return false;
        }
        LocalDate from = facts.validUntil() != null ? facts.validUntil()
                : facts.visitDate() != null ? facts.visitDate() : facts.firstCreated();
        return !today.isBefore(from.plusYears(settings.reviewYears()));
    }

    static boolean evidenceDue(RetentionSettings settings, ErasureStore.ReviewFacts facts, LocalDate today) {
        if (settings.evidenceYears() == null) {
            return false;
        }
        LocalDate from = facts.visitDate() != null ? facts.visitDate() : facts.firstCreated();
        return !today.isBefore(from.plusYears(settings.evidenceYears()));
    }

    private void put(Tx tx, String key, Integer years) {
        eraser.settings().set(tx, key, years == null ? null : years.toString());
        auditLog.append(tx, actor.get(), "SETTING_CHANGED", "setting", key, years == null ? "off" : years.toString());
    }

    private Integer years(Tx tx, String key) {
        return AppSettingStore.get(tx, key).map(String::strip).map(value -> {
            try {
                int years = Integer.parseInt(value);
                return years >= 1 && years <= MAX_YEARS ? years : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static void check(Integer years) {
        if (years != null && (years < 1 || years > MAX_YEARS)) {
            throw new InvalidInputException(tr("erase.error.retentionYears", MAX_YEARS));
        }
    }
}
