package org.charterreviewer.charter;

import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the award rule of an outline from plain phrases, one condition per {@code award:} line (or
 * separated by ";"), or award levels from {@code award Bronze:} lines in order, lowest first:
 * "every item at least Emerging", "most items at least Established", "2/3 of items at least
 * Established", "75% of items at least Established across the charter", "1 evidence per item",
 * "2 evidence per section", "signatory".
 */
final class OutlineAwardRule {

    /** The phrases, as the documentation and error messages name them. */
    static final String PHRASES = "every item at least LEVEL; most items at least LEVEL; 2/3 of items at least LEVEL;"
            + " N evidence per item; N evidence per section; signatory";

    private static final Pattern EVERY = Pattern.compile("every item (?:is )?at least (.+)");
    private static final Pattern SHARE = Pattern.compile(
            "(most|half|all|\\d+\\s*/\\s*\\d+|\\d+(?:\\.\\d+)?%|0?\\.\\d+) (?:of )?(?:the )?items (?:are )?at least (.+?)"
                    + "( across the charter| in each section)?");
    private static final Pattern EVIDENCE = Pattern.compile("(\\d+) (?:pieces? of )?evidence(?: files?)? per (item|section)");

    private final BiConsumer<Integer, String> problems;
    private final List<String> defaults;
    private final JudgementScale scale;
    private final CharterKind kind;

    OutlineAwardRule(BiConsumer<Integer, String> problems, List<String> defaults, JudgementScale scale,
            CharterKind kind) {
        this.problems = problems;
        this.defaults = defaults;
        this.scale = scale;
        this.kind = kind;
    }

    AwardRule read(String award, int awardLine, Map<String, String> levelRules, Map<String, Integer> levelLines) {
        if (!levelRules.isEmpty()) {
            if (award != null) {
                problems.accept(awardLine, tr("outline.problem.awardAndLevels"));
            }
            List<AwardLevel> levels = new ArrayList<>();
            List<String> summary = new ArrayList<>();
            boolean lowest = true;
            for (Map.Entry<String, String> level : levelRules.entrySet()) {
                List<AwardCondition> conditions = conditions(level.getValue(), levelLines.get(level.getKey()), lowest);
                levels.add(new AwardLevel(OutlineDrafter.slug(level.getKey(), 4, "level"), level.getKey(), conditions));
                summary.add(level.getKey() + ": " + level.getValue().replace("\n", "; "));
                lowest = false;
            }
            return new AwardRule(String.join(". ", summary) + ".", List.of(), levels);
        }
        String text = award;
        if (text == null) {
            JudgementScale.Level level = scale.levels().get(Math.min(1, scale.levels().size() - 1));
            text = "every item at least " + level.label() + (kind == CharterKind.PLEDGE ? "; signatory" : "");
            defaults.add(tr("outline.default.award", text));
        }
        List<AwardCondition> conditions = conditions(text, awardLine, true);
        return new AwardRule(capitalised(text.replace("\n", "; ")) + ".", conditions);
    }

    private List<AwardCondition> conditions(String text, int line, boolean needsSignatory) {
        List<AwardCondition> conditions = new ArrayList<>();
        for (String phrase : text.split("\\s*[;\\n]\\s*")) {
            if (!phrase.isBlank()) {
                condition(phrase.strip().replaceAll("\\.$", ""), line).ifPresent(conditions::add);
            }
        }
        if (needsSignatory && kind == CharterKind.PLEDGE
                && conditions.stream().noneMatch(c -> c instanceof AwardCondition.SignatoryRecorded)) {
            conditions.add(new AwardCondition.SignatoryRecorded());
            defaults.add(tr("outline.default.signatory"));
        }
        return conditions;
    }

    private Optional<AwardCondition> condition(String phrase, int line) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        Matcher every = EVERY.matcher(lower);
        if (every.matches()) {
            return level(every.group(1), line).map(l -> new AwardCondition.EveryItemAtLeast(l, List.of()));
        }
        Matcher share = SHARE.matcher(lower);
        if (share.matches()) {
            boolean perSection = !" across the charter".equals(share.group(3));
            return level(share.group(2), line).map(l -> share(share.group(1), l, perSection));
        }
        Matcher evidence = EVIDENCE.matcher(lower);
        if (evidence.matches()) {
            int minimum = Integer.parseInt(evidence.group(1));
            if (minimum < 1) {
                problems.accept(line, tr("outline.problem.awardPhrase", phrase, PHRASES));
                return Optional.empty();
            }
            return Optional.of(evidence.group(2).equals("item") ? new AwardCondition.EveryItemHasEvidence(minimum, List.of())
                    : new AwardCondition.EverySectionHasEvidence(minimum, List.of()));
        }
        if (lower.equals("signatory") || lower.equals("signatory recorded")) {
            return Optional.of(new AwardCondition.SignatoryRecorded());
        }
        problems.accept(line, tr("outline.problem.awardPhrase", phrase, PHRASES));
        return Optional.empty();
    }

    private static AwardCondition share(String amount, String level, boolean perSection) {
        amount = amount.replace(" ", "");
        if (amount.equals("most")) {
            return new AwardCondition.ShareOfItemsAtLeast(level, 0.5, true, perSection, List.of());
        } else if (amount.equals("half")) {
            return new AwardCondition.ShareOfItemsAtLeast(level, 0.5, false, perSection, List.of());
        } else if (amount.equals("all")) {
            return new AwardCondition.ShareOfItemsAtLeast(level, 1.0, false, perSection, List.of());
        } else if (amount.contains("/")) {
            String[] parts = amount.split("/");
            double value = Double.parseDouble(parts[0]) / Math.max(1, Double.parseDouble(parts[1]));
            return new AwardCondition.ShareOfItemsAtLeast(level, value, false, perSection, List.of(), amount);
        } else if (amount.endsWith("%")) {
            double value = Double.parseDouble(amount.substring(0, amount.length() - 1)) / 100;
            return new AwardCondition.ShareOfItemsAtLeast(level, value, false, perSection, List.of());
        }
        return new AwardCondition.ShareOfItemsAtLeast(level, Double.parseDouble(amount), false, perSection, List.of());
    }

    /** The id of the scale level whose label (or id) is {@code label}, or a problem naming the labels there are. */
    private Optional<String> level(String label, int line) {
        String wanted = label.strip();
        Optional<JudgementScale.Level> found = scale.levels().stream()
                .filter(l -> l.label().equalsIgnoreCase(wanted) || l.id().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            problems.accept(line, tr("outline.problem.unknownLevel", wanted,
                    String.join(", ", scale.levels().stream().map(JudgementScale.Level::label).toList())));
        }
        return found.map(JudgementScale.Level::id);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
