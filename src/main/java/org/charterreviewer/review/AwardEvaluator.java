package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.charterreviewer.charter.AwardCondition;
import org.charterreviewer.charter.AwardLevel;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Item;
import org.charterreviewer.charter.JudgementScale;
import org.charterreviewer.charter.Section;

/**
 * Applies a charter's award rule to a review and explains the result in the charter's own words:
 * section titles, what the charter calls its items, and the labels of its scale. Items not judged
 * yet never count as meeting a level; they are reported once per section. With award levels, each
 * level is explained in turn (its findings led by its name), and the outcome is the highest level
 * reached: one whose conditions hold, as do those of every level below it.
 */
public final class AwardEvaluator {

    public Outcome evaluate(Charter charter, Review review) {
        List<Finding> findings = new ArrayList<>();
        Set<String> unjudgedReported = new LinkedHashSet<>();
        if (!charter.awardRule().hasLevels()) {
            boolean met = conditionsHold(charter.awardRule().conditions(), charter, review, findings, unjudgedReported);
            return new Outcome(met, findings);
        }
        AwardLevel reached = null;
        AwardLevel firstMissed = null;
        for (AwardLevel level : charter.awardRule().levels()) {
            List<Finding> levelFindings = new ArrayList<>();
            boolean holds = conditionsHold(level.conditions(), charter, review, levelFindings, unjudgedReported);
            String verdict;
            if (holds && firstMissed == null) {
                reached = level;
                verdict = tr("review.finding.levelReached", level.name());
            } else if (holds) {
                verdict = tr("review.finding.levelHoldsAboveMissed", level.name(), firstMissed.name());
            } else {
                verdict = tr("review.finding.levelNotReached", level.name());
            }
            findings.add(new Finding(holds && firstMissed == null, null, verdict));
            for (Finding finding : levelFindings) {
                findings.add(new Finding(finding.passed(), finding.sectionId(),
                        tr("review.finding.atLevel", level.name(), finding.text())));
            }
            if (!holds && firstMissed == null) {
                firstMissed = level;
            }
        }
        return new Outcome(reached != null, findings, reached);
    }

    private boolean conditionsHold(List<AwardCondition> conditions, Charter charter, Review review,
            List<Finding> findings, Set<String> unjudgedReported) {
        boolean met = true;
        for (AwardCondition condition : conditions) {
            boolean holds;
            if (condition instanceof AwardCondition.EveryItemAtLeast c) {
                holds = everyItemAtLeast(charter, review, c, findings, unjudgedReported);
            } else if (condition instanceof AwardCondition.ShareOfItemsAtLeast c) {
                holds = shareOfItems(charter, review, c, findings, unjudgedReported);
            } else if (condition instanceof AwardCondition.EveryItemHasEvidence c) {
                holds = everyItemHasEvidence(charter, review, c, findings);
            } else if (condition instanceof AwardCondition.EverySectionHasEvidence c) {
                holds = everySectionHasEvidence(charter, review, c, findings);
            } else {
                holds = signatoryRecorded(review, findings);
            }
            met &= holds;
        }
        return met;
    }

    private boolean everyItemAtLeast(Charter charter, Review review, AwardCondition.EveryItemAtLeast c,
            List<Finding> findings, Set<String> unjudgedReported) {
        boolean holds = true;
        String level = levelLabel(charter.scale(), c.level());
        for (Section section : scope(charter, c.sections())) {
            int total = section.items().size();
            long below = countBelow(charter.scale(), review, section, c.level());
            long unjudged = countUnjudged(review, section);
            reportUnjudged(section, unjudged, findings, unjudgedReported);
            if (below > 0) {
                findings.add(new Finding(false, section.id(), tr("review.finding.below", heading(section), below, total,
                        section.itemNoun().forCount(total), level)));
                holds = false;
            } else if (unjudged == 0) {
                findings.add(new Finding(true, section.id(), tr("review.finding.allAtLeast", heading(section), total,
                        section.itemNoun().forCount(total), level)));
            }
            holds &= unjudged == 0;
        }
        return holds;
    }

    private boolean shareOfItems(Charter charter, Review review, AwardCondition.ShareOfItemsAtLeast c,
            List<Finding> findings, Set<String> unjudgedReported) {
        List<Section> sections = scope(charter, c.sections());
        String level = levelLabel(charter.scale(), c.level());
        String needed = c.fraction() != null
                ? tr(c.strictlyMore() ? "review.finding.share.moreThanFraction" : "review.finding.share.atLeastFraction",
                        c.fraction())
                : shareWords(c.share(), c.strictlyMore());
        for (Section section : sections) {
            reportUnjudged(section, countUnjudged(review, section), findings, unjudgedReported);
        }
        if (c.perSection()) {
            boolean holds = true;
            for (Section section : sections) {
                int total = section.items().size();
                long atLeast = total - countBelowOrUnjudged(charter.scale(), review, section, c.level());
                boolean ok = c.isMetBy(atLeast, total);
                findings.add(new Finding(ok, section.id(), tr(ok ? "review.finding.shareMet" : "review.finding.shareNotMet",
                        heading(section), atLeast, total, section.itemNoun().forCount(total), level, needed)));
                holds &= ok;
            }
            return holds;
        }
        int total = 0;
        long atLeast = 0;
        for (Section section : sections) {
            total += section.items().size();
            atLeast += section.items().size() - countBelowOrUnjudged(charter.scale(), review, section, c.level());
        }
        boolean ok = c.isMetBy(atLeast, total);
        findings.add(new Finding(ok, null, tr(ok ? "review.finding.shareMet" : "review.finding.shareNotMet",
                wholeScopeTitle(charter, c.sections()), atLeast, total, nounFor(sections, total), level, needed)));
        return ok;
    }

    private boolean everyItemHasEvidence(Charter charter, Review review, AwardCondition.EveryItemHasEvidence c,
            List<Finding> findings) {
        boolean holds = true;
        int minimum = Math.max(1, c.minimum());
        for (Section section : scope(charter, c.sections())) {
            long without = section.items().stream()
                    .filter(item -> review.evidenceFor(item.id()).size() < minimum).count();
            if (without > 0) {
                String key = minimum == 1 ? "review.finding.noEvidence" : "review.finding.tooLittleEvidence";
                findings.add(new Finding(false, section.id(), tr(key, heading(section), without,
                        section.itemNoun().forCount(without), minimum)));
                holds = false;
            } else {
                String key = minimum == 1 ? "review.finding.allHaveEvidence" : "review.finding.allHaveEnoughEvidence";
                findings.add(new Finding(true, section.id(), tr(key, heading(section), section.itemNoun().one(), minimum)));
            }
        }
        return holds;
    }

    private boolean everySectionHasEvidence(Charter charter, Review review, AwardCondition.EverySectionHasEvidence c,
            List<Finding> findings) {
        boolean holds = true;
        int minimum = Math.max(1, c.minimum());
        for (Section section : scope(charter, c.sections())) {
            Set<String> itemIds = new LinkedHashSet<>(section.items().stream().map(Item::id).toList());
            long files = review.evidence().stream()
                    .filter(e -> e.linkedItemIds().stream().anyMatch(itemIds::contains)).count();
            boolean ok = files >= minimum;
            findings.add(new Finding(ok, section.id(), tr(ok ? "review.finding.sectionHasEvidence"
                    : "review.finding.sectionLacksEvidence", heading(section), files, minimum)));
            holds &= ok;
        }
        return holds;
    }

    private boolean signatoryRecorded(Review review, List<Finding> findings) {
        List<PledgeSignatory> all = review.signatories();
        boolean ok = !all.isEmpty() && all.stream().allMatch(s -> !isBlank(s.name()) && !isBlank(s.role())
                && !isBlank(s.organisation()) && s.signedOn() != null);
        findings.add(new Finding(ok, null, tr(ok ? "review.finding.signatory" : "review.finding.noSignatory")));
        return ok;
    }

    private static void reportUnjudged(Section section, long unjudged, List<Finding> findings, Set<String> reported) {
        if (unjudged > 0 && reported.add(section.id())) {
            findings.add(new Finding(false, section.id(), tr("review.finding.unjudged", heading(section), unjudged,
                    section.itemNoun().forCount(unjudged))));
        }
    }

    /** The judged sections a condition covers: the named ones, or every judged section. */
    static List<Section> scope(Charter charter, List<String> sectionIds) {
        if (sectionIds.isEmpty()) {
            return charter.judgedSections();
        }
        return charter.judgedSections().stream().filter(s -> sectionIds.contains(s.id())).toList();
    }

    private static long countUnjudged(Review review, Section section) {
        return section.items().stream().filter(item -> review.levelOf(item.id()).isEmpty()).count();
    }

    private static long countBelow(JudgementScale scale, Review review, Section section, String threshold) {
        return section.items().stream().map(Item::id)
                .filter(id -> review.levelOf(id).map(level -> !scale.isAtLeast(level, threshold)).orElse(false))
                .count();
    }

    private static long countBelowOrUnjudged(JudgementScale scale, Review review, Section section, String threshold) {
        return section.items().stream().map(Item::id)
                .filter(id -> review.levelOf(id).map(level -> !scale.isAtLeast(level, threshold)).orElse(true))
                .count();
    }

    static boolean shareMet(long atLeast, int total, double share, boolean strictlyMore) {
        if (total == 0) {
            return true;
        }
        double actual = (double) atLeast / total;
        // Compare in whole items, so that 0.5 of 5 means "3 or more" (strict) or "3 or more" (at least 2.5).
        return strictlyMore ? actual > share + 1e-9 : actual >= share - 1e-9;
    }

    private static String shareWords(double share, boolean strictlyMore) {
        if (Math.abs(share - 0.5) < 1e-9) {
            return tr(strictlyMore ? "review.finding.share.moreThanHalf" : "review.finding.share.atLeastHalf");
        }
        if (Math.abs(share - 1.0) < 1e-9 && !strictlyMore) {
            return tr("review.finding.share.all");
        }
        return tr(strictlyMore ? "review.finding.share.moreThan" : "review.finding.share.atLeast", share);
    }

    private static String wholeScopeTitle(Charter charter, List<String> sectionIds) {
        if (sectionIds.isEmpty()) {
            return tr("review.finding.wholeCharter");
        }
        return scope(charter, sectionIds).stream().map(Section::title).reduce((a, b) -> a + ", " + b)
                .orElse(tr("review.finding.wholeCharter"));
    }

    /** The charter's own noun when every section in scope uses the same one, else "items". */
    private static String nounFor(List<Section> sections, long count) {
        Set<Section.ItemNoun> nouns = new LinkedHashSet<>();
        sections.forEach(s -> nouns.add(s.itemNoun()));
        if (nouns.size() == 1) {
            return nouns.iterator().next().forCount(count);
        }
        return tr(count == 1 ? "review.finding.item" : "review.finding.items");
    }

    private static String levelLabel(JudgementScale scale, String levelId) {
        return scale.level(levelId).map(JudgementScale.Level::label).orElse(levelId);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A section's title as it reads inside a sentence: "We Promise:" is followed by our own colon. */
    private static String heading(org.charterreviewer.charter.Section section) {
        return section.title().strip().replaceAll("[:：]+$", "");
    }
}
