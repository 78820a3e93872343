package org.charterreviewer.charter;

import static org.charterreviewer.charter.CharterFormat.CONDITION_TYPES;
import static org.charterreviewer.charter.CharterFormat.FORMAT_2_CONDITION_TYPES;
import static org.charterreviewer.charter.CharterFormat.FRACTION;
import static org.charterreviewer.charter.CharterFormat.ID;
import static org.charterreviewer.charter.CharterFormat.MAX_ID_LENGTH;
import static org.charterreviewer.charter.CharterFormat.MAX_TITLE_LENGTH;
import static org.charterreviewer.i18n.Messages.tr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.charterreviewer.charter.LocatedJson.Arr;
import org.charterreviewer.charter.LocatedJson.Member;
import org.charterreviewer.charter.LocatedJson.Node;
import org.charterreviewer.charter.LocatedJson.Num;
import org.charterreviewer.charter.LocatedJson.Obj;
import org.charterreviewer.charter.LocatedJson.Str;

/**
 * Reads a charter's {@code awardRule}: its conditions, or (format 2) its award levels each with their
 * own conditions, checking every level and section a condition names against the charter.
 */
final class AwardRuleReader {

    private final ReadLog log;
    private final CharterKind kind;
    private final JudgementScale scale;
    private final List<Section> sections;

    AwardRuleReader(ReadLog log, CharterKind kind, JudgementScale scale, List<Section> sections) {
        this.log = log;
        this.kind = kind;
        this.scale = scale;
        this.sections = sections;
    }

    AwardRule read(JsonFields charter) {
        return charter.requiredObject("awardRule", "awardRule", f -> {
            String summary = f.requiredText("summary", Integer.MAX_VALUE);
            if (f.has("levels") && !log.isFormat1()) {
                if (f.has("conditions")) {
                    Member member = f.obj.members().get("conditions");
                    log.problem(member.line(), member.column(), f.path("conditions"),
                            tr("charter.problem.conditionsAndLevels", f.path));
                }
                return new AwardRule(summary, List.of(), levels(f));
            }
            if (!f.has("conditions") && !log.isFormat1()) {
                log.problem(f.obj, f.path("conditions"), tr("charter.problem.noConditionsNorLevels", f.path));
                return new AwardRule(summary, List.of());
            }
            return new AwardRule(summary, conditions(f, true));
        });
    }

    private List<AwardLevel> levels(JsonFields rule) {
        List<AwardLevel> levels = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (JsonFields level : rule.objectList("levels", "awardLevel", true)) {
            // Levels build on each other, so a pledge's signatory belongs in its lowest level.
            boolean lowest = levels.isEmpty();
            String id = level.requiredId("id", ID, MAX_ID_LENGTH);
            SectionsReader.checkUnique(level, "id", id, ids, "charter.problem.duplicateAwardLevelId");
            String name = level.requiredText("name", MAX_TITLE_LENGTH);
            List<AwardCondition> conditions = conditions(level, lowest);
            levels.add(new AwardLevel(id == null ? "" : id, name, conditions));
        }
        return levels;
    }

    /** The conditions of a rule or of one award level; a pledge's must include a signatory where asked. */
    private List<AwardCondition> conditions(JsonFields owner, boolean needsSignatory) {
        List<AwardCondition> conditions = new ArrayList<>();
        for (JsonFields condition : conditionList(owner, "conditions")) {
            AwardCondition read = condition(condition);
            if (read != null) {
                conditions.add(read);
            }
        }
        Member member = owner.obj.members().get("conditions");
        if (needsSignatory && kind == CharterKind.PLEDGE && member != null && member.value() instanceof Arr array
                && !array.elements().isEmpty()
                && conditions.stream().noneMatch(c -> c instanceof AwardCondition.SignatoryRecorded)
                && conditions.size() == array.elements().size()) {
            log.problem(member.line(), member.column(), owner.path("conditions"),
                    tr(owner.path.contains("levels[") ? "charter.problem.pledgeLevelWithoutSignatory"
                            : "charter.problem.pledgeWithoutSignatory", owner.path("conditions")));
        }
        return conditions;
    }

    private AwardCondition condition(JsonFields condition) {
        String type = condition.type;
        switch (type) {
            case "everyItemAtLeast": {
                String level = levelReference(condition, "level");
                List<String> named = sectionReferences(condition, "sections");
                return new AwardCondition.EveryItemAtLeast(orEmpty(level), named);
            }
            case "shareOfItemsAtLeast":
                return share(condition);
            case "everyItemHasEvidence":
            case "everySectionHasEvidence": {
                Integer minimum = condition.optionalInt("minimum");
                if (minimum != null && minimum < 1) {
                    condition.problemAt("minimum", tr("charter.problem.minimum", condition.path("minimum"), minimum));
                }
                List<String> named = sectionReferences(condition, "sections");
                int atLeast = minimum == null ? 1 : minimum;
                return type.equals("everyItemHasEvidence") ? new AwardCondition.EveryItemHasEvidence(atLeast, named)
                        : new AwardCondition.EverySectionHasEvidence(atLeast, named);
            }
            default:
                return new AwardCondition.SignatoryRecorded();
        }
    }

    private AwardCondition share(JsonFields condition) {
        String level = levelReference(condition, "level");
        Node node = condition.required("share");
        BigDecimal share = null;
        String fraction = null;
        if (node instanceof Num num) {
            share = num.value();
        } else if (node instanceof Str text && !log.isFormat1()) {
            Matcher parts = FRACTION.matcher(text.value());
            BigDecimal numerator = parts.matches() ? new BigDecimal(parts.group(1)) : null;
            BigDecimal denominator = parts.matches() ? new BigDecimal(parts.group(2)) : null;
            if (numerator == null || denominator.signum() == 0) {
                condition.problemAt("share", tr("charter.problem.badFraction", condition.path("share"),
                        text.value()));
            } else {
                fraction = numerator.toPlainString() + "/" + denominator.toPlainString();
                share = numerator.divide(denominator, java.math.MathContext.DECIMAL64);
            }
        } else if (node instanceof Str text && FRACTION.matcher(text.value()).matches()) {
            condition.problemAt("share", tr("charter.problem.fractionNeedsFormat2", condition.path("share"),
                    text.value()));
        } else if (node != null) {
            condition.wrongType("share", node, log.isFormat1() ? "charter.type.number" : "charter.type.share");
        }
        if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            condition.problemAt("share", tr("charter.problem.share", condition.path("share"),
                    fraction != null ? fraction : share.toPlainString()));
        }
        Boolean strictlyMore = condition.optionalBoolean("strictlyMore");
        Boolean perSection = condition.optionalBoolean("perSection");
        List<String> named = sectionReferences(condition, "sections");
        return new AwardCondition.ShareOfItemsAtLeast(orEmpty(level), share == null ? 0 : share.doubleValue(),
                Boolean.TRUE.equals(strictlyMore), !Boolean.FALSE.equals(perSection), named, fraction);
    }

    /** Award conditions: objects whose {@code "type"} decides which other fields they take. */
    private List<JsonFields> conditionList(JsonFields owner, String name) {
        Arr array = owner.array(name, true);
        List<JsonFields> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            Node element = array.elements().get(i);
            String elementName = name + "[" + i + "]";
            if (!(element instanceof Obj child)) {
                owner.wrongType(elementName, element, "charter.type.object");
                continue;
            }
            String elementPath = owner.path(elementName);
            List<String> types = log.isFormat1()
                    ? CONDITION_TYPES.stream().filter(t -> !FORMAT_2_CONDITION_TYPES.contains(t)).toList()
                    : CONDITION_TYPES;
            Member typeMember = child.members().get("type");
            if (typeMember == null) {
                log.problem(child, elementPath + ".type", tr("charter.problem.missingType", elementPath,
                        String.join(", ", types)));
                continue;
            }
            Node typeNode = typeMember.value();
            if (!(typeNode instanceof Str typeText)) {
                owner.wrongType(elementName + ".type", typeNode, "charter.type.text");
                continue;
            }
            if (log.isFormat1() && FORMAT_2_CONDITION_TYPES.contains(typeText.value())) {
                log.problem(typeNode, elementPath + ".type", tr("charter.problem.conditionNeedsFormat2",
                        elementPath + ".type", typeText.value()));
                continue;
            }
            if (!CONDITION_TYPES.contains(typeText.value())) {
                log.problem(typeNode, elementPath + ".type", tr("charter.problem.unknownConditionType",
                        elementPath + ".type", typeText.value(), String.join(", ", types)));
                continue;
            }
            JsonFields condition = new JsonFields(log, child, elementPath, typeText.value(), true);
            condition.type = typeText.value();
            result.add(condition);
        }
        return result;
    }

    private String levelReference(JsonFields condition, String name) {
        String level = condition.requiredId(name, ID, MAX_ID_LENGTH);
        if (level != null && !scale.levels().isEmpty() && scale.level(level).isEmpty()) {
            condition.problemAt(name, tr("charter.problem.unknownLevel", condition.path(name), level,
                    String.join(", ", scale.levels().stream().map(JudgementScale.Level::id).distinct().toList())));
        }
        return level;
    }

    private List<String> sectionReferences(JsonFields condition, String name) {
        Node node = condition.value(name);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof Arr array)) {
            condition.wrongType(name, node, "charter.type.textList");
            return List.of();
        }
        List<String> named = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < array.elements().size(); i++) {
            String elementName = name + "[" + i + "]";
            String path = condition.path(elementName);
            Node element = array.elements().get(i);
            String id = condition.text(element, elementName, MAX_ID_LENGTH);
            if (id == null) {
                continue;
            }
            Optional<Section> section = sections.stream().filter(s -> s.id().equals(id)).findFirst();
            if (section.isEmpty()) {
                log.problem(element, path, tr("charter.problem.unknownSection", path, id));
            } else if (section.get().contextOnly()) {
                log.problem(element, path, tr("charter.problem.contextSectionInRule", path, id));
            } else if (!seen.add(id)) {
                log.problem(element, path, tr("charter.problem.sectionTwice", path, id));
            }
            named.add(id);
        }
        if (array.elements().isEmpty()) {
            log.problem(node, condition.path(name), tr("charter.problem.emptyList", condition.path(name)));
        }
        return named;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
