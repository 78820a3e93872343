package org.charterreviewer.charter;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.List;

/**
 * A charter in plain words for people: its full text with the app's guidance marked as guidance,
 * and each award condition explained. Used by {@code charter show} and the Charters screen.
 */
public final class CharterText {

    private CharterText() {
    }

    /** One award condition in a sentence, naming levels by their labels and sections by their titles. */
    public static String describe(AwardCondition condition, Charter charter) {
        if (condition instanceof AwardCondition.EveryItemAtLeast every) {
            return tr("charter.rule.everyItemAtLeast", label(charter, every.level()), where(charter, every.sections()));
        } else if (condition instanceof AwardCondition.ShareOfItemsAtLeast share) {
            String amount = share.fraction() != null
                    ? tr(share.strictlyMore() ? "charter.rule.moreThanFraction" : "charter.rule.atLeastFraction",
                            share.fraction())
                    : share.strictlyMore() && share.share() == 0.5 ? tr("charter.rule.most")
                    : tr(share.strictlyMore() ? "charter.rule.moreThan" : "charter.rule.atLeastShare",
                            Math.round(share.share() * 100));
            return tr(share.perSection() ? "charter.rule.sharePerSection" : "charter.rule.shareOverall", amount,
                    label(charter, share.level()), where(charter, share.sections()));
        } else if (condition instanceof AwardCondition.EveryItemHasEvidence evidence) {
            return tr("charter.rule.evidence", evidence.minimum(), where(charter, evidence.sections()));
        } else if (condition instanceof AwardCondition.EverySectionHasEvidence evidence) {
            return tr("charter.rule.sectionEvidence", evidence.minimum(), where(charter, evidence.sections()));
        }
        return tr("charter.rule.signatory");
    }

    private static String label(Charter charter, String levelId) {
        return charter.scale().level(levelId).map(JudgementScale.Level::label).orElse(levelId);
    }

    private static String where(Charter charter, List<String> sectionIds) {
        if (sectionIds.isEmpty()) {
            return tr("charter.rule.everyJudgedSection");
        }
        return tr("charter.rule.inSections", String.join(", ", sectionIds.stream()
                .map(id -> charter.section(id).map(Section::title).orElse(id)).toList()));
    }

    /** The whole charter as text for a terminal. */
    public static String plainText(StoredCharter stored) {
        Charter charter = stored.charter();
        StringBuilder text = new StringBuilder();
        line(text, charter.title());
        if (charter.issuingBody() != null) {
            line(text, tr("charter.show.issuedBy", charter.issuingBody()));
        }
        line(text, tr("charter.show.reference", charter.reference(),
                tr(charter.kind() == CharterKind.PLEDGE ? "charter.kind.pledge" : "charter.kind.charter"),
                stored.contentSha256()));
        if (charter.source() != null) {
            for (String part : new String[] {charter.source().publisher(), charter.source().url(),
                    charter.source().note()}) {
                if (part != null) {
                    line(text, tr("charter.show.source", part));
                }
            }
        }
        if (charter.dates() != null) {
            if (charter.dates().published() != null) {
                line(text, tr("charter.show.published", charter.dates().published()));
            }
            if (charter.dates().review() != null) {
                line(text, tr("charter.show.reviewDate", charter.dates().review()));
            }
            if (charter.dates().updated() != null) {
                line(text, tr("charter.show.updated", charter.dates().updated()));
            }
        }
        paragraphs(text, charter.introduction(), "");
        for (Section section : charter.sections()) {
            text.append('\n');
            line(text, "== " + section.title() + " ==" + (section.contextOnly() ? "  " + tr("charter.show.contextOnly") : ""));
            paragraphs(text, section.introduction(), "");
            int number = 1;
            for (Item item : section.items()) {
                line(text, "  " + (item.number() == null ? number + ". " + item.fullText() : item.numberedText())
                        + "  [" + item.id() + "]");
                number++;
                item.optionalGuidance().filter(g -> !g.isEmpty()).ifPresent(g -> guidance(text, g));
            }
        }
        if (!charter.closing().isEmpty()) {
            text.append('\n');
            paragraphs(text, charter.closing(), "");
        }
        text.append('\n');
        line(text, tr("charter.show.scale"));
        for (JudgementScale.Level level : charter.scale().levels()) {
            line(text, "  " + tr("charter.show.level", level.label(), level.points(), level.descriptor(), level.id()));
        }
        text.append('\n');
        line(text, charter.certificate().hasEndDate()
                ? tr("charter.show.award", charter.certificate().awardName(), charter.certificate().validityMonths())
                : tr("charter.show.awardNoEnd", charter.certificate().awardName()));
        line(text, "  " + charter.awardRule().summary());
        for (AwardCondition condition : charter.awardRule().conditions()) {
            line(text, "  - " + describe(condition, charter));
        }
        for (AwardLevel level : charter.awardRule().levels()) {
            line(text, "  " + tr("charter.show.awardLevel", level.name(), level.id()));
            for (AwardCondition condition : level.conditions()) {
                line(text, "    - " + describe(condition, charter));
            }
        }
        line(text, tr("charter.show.statement", charter.certificate().statement()));
        return text.toString();
    }

    private static void guidance(StringBuilder text, Guidance guidance) {
        line(text, "     " + tr("charter.guidance.heading"));
        lines(text, tr("charter.guidance.askPupils"), guidance.askPupils());
        lines(text, tr("charter.guidance.askStaff"), guidance.askStaff());
        lines(text, tr("charter.guidance.askFamilies"), guidance.askFamilies());
        lines(text, tr("charter.guidance.lookFor"), guidance.lookFor());
    }

    private static void lines(StringBuilder text, String label, List<String> entries) {
        for (String entry : entries) {
            line(text, "       " + label + " " + entry);
        }
    }

    private static void paragraphs(StringBuilder text, List<String> paragraphs, String indent) {
        if (!paragraphs.isEmpty()) {
            text.append('\n');
        }
        paragraphs.forEach(p -> line(text, indent + p));
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
