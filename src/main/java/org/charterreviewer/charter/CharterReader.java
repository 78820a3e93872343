package org.charterreviewer.charter;

import static org.charterreviewer.i18n.Messages.tr;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.charterreviewer.charter.LocatedJson.Arr;
import org.charterreviewer.charter.LocatedJson.Bool;
import org.charterreviewer.charter.LocatedJson.Member;
import org.charterreviewer.charter.LocatedJson.Node;
import org.charterreviewer.charter.LocatedJson.Null;
import org.charterreviewer.charter.LocatedJson.Num;
import org.charterreviewer.charter.LocatedJson.Obj;
import org.charterreviewer.charter.LocatedJson.Str;

/**
 * Reads a charter file strictly and reports every problem at once, each with its line, column and
 * JSON path, in plain words. The file format is documented in {@code sample-charters/README.md} and
 * {@code sample-charters/charter.schema.json}; {@code CharterSchemaTest} keeps those and this class in step.
 */
public final class CharterReader {

    /** The format versions this build reads. */
    public static final List<Integer> SUPPORTED_FORMAT_VERSIONS = List.of(1);

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_VERSION_LENGTH = 40;
    static final int MAX_TITLE_LENGTH = 500;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z]+(?:[-_.][0-9A-Za-z]+)*");

    /** The fields each object of the format accepts, in the order the writer puts them. */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("charter", List.of("$schema", "formatVersion", "id", "version", "kind", "title", "issuingBody", "source",
                    "dates", "introduction", "sections", "closing", "scale", "awardRule", "certificate")),
            Map.entry("source", List.of("publisher", "url", "note")),
            Map.entry("dates", List.of("published", "review")),
            Map.entry("section", List.of("id", "title", "itemNoun", "introduction", "contextOnly", "items")),
            Map.entry("itemNoun", List.of("one", "other")),
            Map.entry("item", List.of("id", "text", "guidance")),
            Map.entry("guidance", List.of("askPupils", "askStaff", "askFamilies", "lookFor")),
            Map.entry("scale", List.of("levels")),
            Map.entry("level", List.of("id", "label", "descriptor", "points")),
            Map.entry("awardRule", List.of("summary", "conditions")),
            Map.entry("everyItemAtLeast", List.of("type", "level", "sections")),
            Map.entry("shareOfItemsAtLeast", List.of("type", "level", "share", "strictlyMore", "perSection",
                    "sections")),
            Map.entry("everyItemHasEvidence", List.of("type", "minimum", "sections")),
            Map.entry("signatoryRecorded", List.of("type")),
            Map.entry("certificate", List.of("awardName", "validityMonths", "statement")));

    /** The award condition types, as written in the file's {@code "type"}. */
    static final List<String> CONDITION_TYPES = List.of("everyItemAtLeast", "shareOfItemsAtLeast",
            "everyItemHasEvidence", "signatoryRecorded");

    /** Reads one file's exact bytes. */
    public CharterReadResult read(CharterSource source) {
        String file = source.name();
        byte[] bytes = source.bytes();
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult coding = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(input, output, true);
        if (coding.isError()) {
            // Point at the first byte that is not UTF-8: count the lines and characters before it.
            String before = output.flip().toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            return failed(file, "", List.of(new CharterProblem(file, line, column, "", tr("charter.problem.notUtf8"))));
        }
        String text = output.flip().toString();
        if (text.startsWith("\uFEFF")) {
            // A byte order mark some Windows editors add; the text without it is what we keep and hash.
            text = text.substring(1);
        }
        return read(file, text);
    }

    /** Reads charter text (already decoded) under the name {@code file}. */
    public CharterReadResult read(String file, String text) {
        LocatedJson.Document document;
        try {
            document = LocatedJson.parse(text);
        } catch (LocatedJson.SyntaxError e) {
            String message = e.endOfInput ? tr("charter.problem.endOfInput")
                    : tr("charter.problem.notJson", e.detail);
            return failed(file, text, List.of(new CharterProblem(file, e.line, e.column, "", message)));
        } catch (LocatedJson.TrailingContent e) {
            return failed(file, text,
                    List.of(new CharterProblem(file, e.line, e.column, "", tr("charter.problem.trailing"))));
        }
        if (document.root() == null) {
            return failed(file, text, List.of(new CharterProblem(file, 1, 1, "", tr("charter.problem.empty"))));
        }
        Validation validation = new Validation(file);
        for (LocatedJson.DuplicateKey duplicate : document.duplicates()) {
            validation.problem(duplicate.line(), duplicate.column(), duplicate.path(),
                    tr("charter.problem.duplicateKey", duplicate.path(), duplicate.firstLine()));
        }
        Charter charter = validation.charter(document.root());
        List<CharterProblem> problems = new ArrayList<>(validation.problems);
        problems.sort(CharterProblem.IN_FILE_ORDER);
        if (!problems.isEmpty() || charter == null) {
            return failed(file, text, problems);
        }
        return new CharterReadResult(file, Optional.of(charter), text, sha256(text), problems);
    }

    private static CharterReadResult failed(String file, String text, List<CharterProblem> problems) {
        return new CharterReadResult(file, Optional.empty(), text, sha256(text), problems);
    }

    /**
     * True when {@code text} is a JSON Schema (such as {@code charter.schema.json} beside the samples)
     * rather than a charter, so that validating a whole folder can pass over it.
     */
    public static boolean isJsonSchema(String text) {
        try {
            Node root = LocatedJson.parse(text).root();
            return root instanceof Obj obj && !obj.members().containsKey("formatVersion")
                    && obj.members().get("$schema") != null
                    && obj.members().get("$schema").value() instanceof Str schema
                    && schema.value().contains("json-schema.org");
        } catch (LocatedJson.SyntaxError | LocatedJson.TrailingContent e) {
            return false;
        }
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, in lower-case hex: the content hash reviews pin. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One pass over one file's tree, collecting problems and building the records as it goes. */
    private static final class Validation {
        private final String file;
        private final List<CharterProblem> problems = new ArrayList<>();
        private final Map<String, Integer> itemIds = new HashMap<>();

        Validation(String file) {
            this.file = file;
        }

        void problem(int line, int column, String path, String message) {
            problems.add(new CharterProblem(file, line, column, path, message));
        }

        void problem(Node at, String path, String message) {
            problem(at.line(), at.column(), path, message);
        }

        Charter charter(Node rootNode) {
            if (!(rootNode instanceof Obj root)) {
                problem(rootNode, "", tr("charter.problem.notObject"));
                return null;
            }
            Fields fields = new Fields(root, "", "charter", false);
            Integer format = fields.requiredInt("formatVersion");
            if (format != null && !SUPPORTED_FORMAT_VERSIONS.contains(format)) {
                Member member = root.members().get("formatVersion");
                problems.clear();
                problem(member.value(), "formatVersion", tr("charter.problem.unsupportedFormat", format,
                        String.join(", ", SUPPORTED_FORMAT_VERSIONS.stream().map(String::valueOf).toList())));
                return null;
            }
            fields.reportUnknown();
            // "$schema" only tells editors where the schema is; it must be text, and is not kept.
            fields.optionalText("$schema");
            String id = fields.requiredId("id", ID, MAX_ID_LENGTH);
            String version = fields.requiredId("version", VERSION, MAX_VERSION_LENGTH);
            CharterKind kind = fields.kind("kind");
            String title = fields.requiredText("title", MAX_TITLE_LENGTH);
            String issuingBody = fields.requiredText("issuingBody", MAX_TITLE_LENGTH);
            Charter.Source source = fields.optionalObject("source", "source",
                    f -> new Charter.Source(f.optionalText("publisher"), f.optionalText("url"), f.optionalText("note")));
            Charter.Dates dates = fields.optionalObject("dates", "dates",
                    f -> new Charter.Dates(f.optionalText("published"), f.optionalText("review")));
            List<String> introduction = fields.textList("introduction", false);
            List<Section> sections = sections(fields);
            List<String> closing = fields.textList("closing", false);
            JudgementScale scale = scale(fields);
            AwardRule rule = awardRule(fields, kind, scale, sections);
            CertificateWording certificate = fields.requiredObject("certificate", "certificate", f -> {
                String awardName = f.requiredText("awardName", MAX_TITLE_LENGTH);
                Integer months = f.requiredInt("validityMonths");
                if (months != null && months < 1) {
                    f.problemAt("validityMonths", tr("charter.problem.validityMonths", f.path("validityMonths"),
                            months));
                }
                String statement = f.requiredText("statement", Integer.MAX_VALUE);
                return new CertificateWording(awardName, months == null ? 0 : months, statement);
            });
            return new Charter(format == null ? 0 : format, orEmpty(id), orEmpty(version),
                    kind == null ? CharterKind.CHARTER : kind, title, issuingBody, source, dates, introduction,
                    sections, closing, scale, rule, certificate);
        }

        private List<Section> sections(Fields fields) {
            List<Section> sections = new ArrayList<>();
            Map<String, Integer> sectionIds = new HashMap<>();
            List<Fields> elements = fields.objectList("sections", "section", true);
            for (Fields section : elements) {
                String id = section.requiredId("id", ID, MAX_ID_LENGTH);
                checkUnique(section, "id", id, sectionIds, "charter.problem.duplicateSectionId");
                String title = section.requiredText("title", MAX_TITLE_LENGTH);
                Section.ItemNoun noun = section.optionalObject("itemNoun", "itemNoun",
                        f -> new Section.ItemNoun(f.requiredText("one", MAX_TITLE_LENGTH),
                                f.requiredText("other", MAX_TITLE_LENGTH)));
                List<String> introduction = section.textList("introduction", false);
                Boolean contextOnly = section.optionalBoolean("contextOnly");
                List<Item> items = new ArrayList<>();
                for (Fields item : section.objectList("items", "item", false)) {
                    String itemId = item.requiredId("id", ID, MAX_ID_LENGTH);
                    checkUnique(item, "id", itemId, itemIds, "charter.problem.duplicateItemId");
                    String text = item.requiredText("text", Integer.MAX_VALUE);
                    Guidance guidance = item.optionalObject("guidance", "guidance",
                            f -> new Guidance(f.textList("askPupils", false), f.textList("askStaff", false),
                                    f.textList("askFamilies", false), f.textList("lookFor", false)));
                    items.add(new Item(orEmpty(itemId), text, guidance));
                }
                boolean context = Boolean.TRUE.equals(contextOnly);
                Member itemsMember = section.obj.members().get("items");
                boolean itemsWellFormed = itemsMember == null || itemsMember.value() instanceof Arr;
                if (items.isEmpty() && itemsWellFormed && !(context && !introduction.isEmpty())) {
                    problemAtObject(section, tr(context ? "charter.problem.emptyContextSection"
                            : "charter.problem.emptySection", section.path, orEmpty(id)));
                }
                sections.add(new Section(orEmpty(id), title,
                        noun == null ? new Section.ItemNoun("item", "items") : noun, introduction, context, items));
            }
            if (!elements.isEmpty() && sections.stream().allMatch(Section::contextOnly)) {
                Member member = fields.obj.members().get("sections");
                problem(member.line(), member.column(), "sections", tr("charter.problem.noJudgedSection"));
            }
            return sections;
        }

        private void problemAtObject(Fields fields, String message) {
            problem(fields.obj, fields.path, message);
        }

        private void checkUnique(Fields fields, String name, String id, Map<String, Integer> seen, String key) {
            if (id == null) {
                return;
            }
            Member member = fields.obj.members().get(name);
            Integer first = seen.putIfAbsent(id, member.value().line());
            if (first != null) {
                problem(member.value(), fields.path(name), tr(key, fields.path(name), id, first));
            }
        }

        private JudgementScale scale(Fields fields) {
            JudgementScale scale = fields.requiredObject("scale", "scale", f -> {
                List<JudgementScale.Level> levels = new ArrayList<>();
                Map<String, Integer> levelIds = new HashMap<>();
                Integer previousPoints = null;
                String previousId = null;
                for (Fields level : f.objectList("levels", "level", true)) {
                    String id = level.requiredId("id", ID, MAX_ID_LENGTH);
                    checkUnique(level, "id", id, levelIds, "charter.problem.duplicateLevelId");
                    String label = level.requiredText("label", MAX_TITLE_LENGTH);
                    String descriptor = level.requiredText("descriptor", Integer.MAX_VALUE);
                    Integer points = level.requiredInt("points");
                    if (points != null && points < 0) {
                        level.problemAt("points", tr("charter.problem.negativePoints", level.path("points"), points));
                    } else if (points != null && previousPoints != null && points <= previousPoints) {
                        level.problemAt("points", tr("charter.problem.pointsOrder", level.path("points"),
                                orEmpty(id), points, orEmpty(previousId), previousPoints));
                    }
                    if (points != null) {
                        previousPoints = points;
                        previousId = id;
                    }
                    levels.add(new JudgementScale.Level(orEmpty(id), label, descriptor, points == null ? 0 : points));
                }
                return new JudgementScale(levels);
            });
            return scale == null ? new JudgementScale(List.of()) : scale;
        }

        private AwardRule awardRule(Fields fields, CharterKind kind, JudgementScale scale, List<Section> sections) {
            return fields.requiredObject("awardRule", "awardRule", f -> {
                String summary = f.requiredText("summary", Integer.MAX_VALUE);
                List<AwardCondition> conditions = new ArrayList<>();
                for (Fields condition : f.conditionList("conditions")) {
                    AwardCondition read = condition(condition, scale, sections);
                    if (read != null) {
                        conditions.add(read);
                    }
                }
                Member member = f.obj.members().get("conditions");
                if (kind == CharterKind.PLEDGE && member != null && member.value() instanceof Arr array
                        && !array.elements().isEmpty()
                        && conditions.stream().noneMatch(c -> c instanceof AwardCondition.SignatoryRecorded)
                        && conditions.size() == array.elements().size()) {
                    problem(member.line(), member.column(), f.path("conditions"),
                            tr("charter.problem.pledgeWithoutSignatory", f.path("conditions")));
                }
                return new AwardRule(summary, conditions);
            });
        }

        private AwardCondition condition(Fields condition, JudgementScale scale, List<Section> sections) {
            String type = condition.type;
            if (type == null) {
                return null;
            }
            switch (type) {
                case "everyItemAtLeast": {
                    String level = condition.levelReference("level", scale);
                    List<String> named = condition.sectionReferences("sections", sections);
                    return new AwardCondition.EveryItemAtLeast(orEmpty(level), named);
                }
                case "shareOfItemsAtLeast": {
                    String level = condition.levelReference("level", scale);
                    BigDecimal share = condition.requiredNumber("share");
                    if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                        condition.problemAt("share", tr("charter.problem.share", condition.path("share"),
                                share.toPlainString()));
                    }
                    Boolean strictlyMore = condition.optionalBoolean("strictlyMore");
                    Boolean perSection = condition.optionalBoolean("perSection");
                    List<String> named = condition.sectionReferences("sections", sections);
                    return new AwardCondition.ShareOfItemsAtLeast(orEmpty(level),
                            share == null ? 0 : share.doubleValue(), Boolean.TRUE.equals(strictlyMore),
                            !Boolean.FALSE.equals(perSection), named);
                }
                case "everyItemHasEvidence": {
                    Integer minimum = condition.optionalInt("minimum");
                    if (minimum != null && minimum < 1) {
                        condition.problemAt("minimum", tr("charter.problem.minimum", condition.path("minimum"),
                                minimum));
                    }
                    List<String> named = condition.sectionReferences("sections", sections);
                    return new AwardCondition.EveryItemHasEvidence(minimum == null ? 1 : minimum, named);
                }
                default:
                    return new AwardCondition.SignatoryRecorded();
            }
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }

        /** The fields of one JSON object, with typed accessors that record problems and never throw. */
        private final class Fields {
            final Obj obj;
            final String path;
            String type;

            Fields(Obj obj, String path, String shape, boolean reportNow) {
                this.obj = obj;
                this.path = path;
                this.shape = shape;
                if (reportNow) {
                    reportUnknown();
                }
            }

            private final String shape;

            void reportUnknown() {
                List<String> allowed = FIELDS.get(shape);
                for (Member member : obj.members().values()) {
                    if (!allowed.contains(member.name())) {
                        problem(member.line(), member.column(), path(member.name()),
                                tr("charter.problem.unknownField", path(member.name()), String.join(", ", allowed)));
                    }
                }
            }

            String path(String name) {
                return path.isEmpty() ? name : path + "." + name;
            }

            void problemAt(String name, String message) {
                Member member = obj.members().get(name);
                if (member == null) {
                    problem(obj, path(name), message);
                } else {
                    problem(member.value(), path(name), message);
                }
            }

            private Node value(String name) {
                Member member = obj.members().get(name);
                return member == null ? null : member.value();
            }

            /** The value of a required field, or null after reporting that it is missing. */
            private Node required(String name) {
                Node node = value(name);
                if (node == null) {
                    missing(name);
                }
                return node;
            }

            private void missing(String name) {
                problem(obj, path(name), tr("charter.problem.missing", path(name), where()));
            }

            private String where() {
                return path.isEmpty() ? tr("charter.problem.theFile") : path;
            }

            private void wrongType(String name, Node node, String expectedKey) {
                problem(node, path(name), tr("charter.problem.wrongType", path(name), tr(expectedKey), kindOf(node)));
            }

            private String text(Node node, String name, int maxLength) {
                if (!(node instanceof Str str)) {
                    wrongType(name, node, "charter.type.text");
                    return null;
                }
                if (str.value().isBlank()) {
                    problem(node, path(name), tr("charter.problem.blank", path(name)));
                    return null;
                }
                if (str.value().length() > maxLength) {
                    problem(node, path(name), tr("charter.problem.tooLong", path(name), str.value().length(),
                            maxLength));
                    return null;
                }
                return str.value();
            }

            String requiredText(String name, int maxLength) {
                Node node = required(name);
                if (node == null) {
                    return "";
                }
                String text = text(node, name, maxLength);
                return text == null ? "" : text;
            }

            String optionalText(String name) {
                Node node = value(name);
                return node == null ? null : text(node, name, Integer.MAX_VALUE);
            }

            String requiredId(String name, Pattern pattern, int maxLength) {
                Node node = required(name);
                if (node == null) {
                    return null;
                }
                String text = text(node, name, maxLength);
                if (text != null && !pattern.matcher(text).matches()) {
                    problem(node, path(name), tr(pattern == VERSION ? "charter.problem.badVersion"
                            : "charter.problem.badId", path(name), text));
                    return null;
                }
                return text;
            }

            CharterKind kind(String name) {
                Node node = required(name);
                if (node == null) {
                    return null;
                }
                String text = text(node, name, MAX_ID_LENGTH);
                if (text == null) {
                    return null;
                }
                if (text.equals("charter") || text.equals("pledge")) {
                    return CharterKind.valueOf(text.toUpperCase(Locale.ROOT));
                }
                problem(node, path(name), tr("charter.problem.unknownKind", text));
                return null;
            }

            Integer requiredInt(String name) {
                Node node = required(name);
                if (node == null) {
                    return null;
                }
                return integer(node, name);
            }

            Integer optionalInt(String name) {
                Node node = value(name);
                return node == null ? null : integer(node, name);
            }

            private Integer integer(Node node, String name) {
                if (!(node instanceof Num num) || !num.integral()) {
                    wrongType(name, node, "charter.type.wholeNumber");
                    return null;
                }
                try {
                    return num.value().intValueExact();
                } catch (ArithmeticException e) {
                    problem(node, path(name), tr("charter.problem.tooBig", path(name)));
                    return null;
                }
            }

            BigDecimal requiredNumber(String name) {
                Node node = required(name);
                if (node == null) {
                    return null;
                }
                if (!(node instanceof Num num)) {
                    wrongType(name, node, "charter.type.number");
                    return null;
                }
                return num.value();
            }

            Boolean optionalBoolean(String name) {
                Node node = value(name);
                if (node == null) {
                    return null;
                }
                if (!(node instanceof Bool bool)) {
                    wrongType(name, node, "charter.type.bool");
                    return null;
                }
                return bool.value();
            }

            List<String> textList(String name, boolean required) {
                Node node = value(name);
                if (node == null) {
                    if (required) {
                        missing(name);
                    }
                    return List.of();
                }
                if (!(node instanceof Arr array)) {
                    wrongType(name, node, "charter.type.textList");
                    return List.of();
                }
                if (array.elements().isEmpty()) {
                    problem(node, path(name), tr("charter.problem.emptyList", path(name)));
                }
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < array.elements().size(); i++) {
                    String text = text(array.elements().get(i), name + "[" + i + "]", Integer.MAX_VALUE);
                    if (text != null) {
                        texts.add(text);
                    }
                }
                return texts;
            }

            <T> T optionalObject(String name, String shape, java.util.function.Function<Fields, T> reader) {
                Node node = value(name);
                if (node == null) {
                    return null;
                }
                return object(node, name, shape, reader);
            }

            <T> T requiredObject(String name, String shape, java.util.function.Function<Fields, T> reader) {
                Node node = required(name);
                if (node == null) {
                    return null;
                }
                return object(node, name, shape, reader);
            }

            private <T> T object(Node node, String name, String shape, java.util.function.Function<Fields, T> reader) {
                if (!(node instanceof Obj child)) {
                    wrongType(name, node, "charter.type.object");
                    return null;
                }
                return reader.apply(new Fields(child, path(name), shape, true));
            }

            List<Fields> objectList(String name, String shape, boolean required) {
                Arr array = array(name, required);
                List<Fields> result = new ArrayList<>();
                if (array == null) {
                    return result;
                }
                for (int i = 0; i < array.elements().size(); i++) {
                    Node element = array.elements().get(i);
                    String elementName = name + "[" + i + "]";
                    if (element instanceof Obj child) {
                        result.add(new Fields(child, path(elementName), shape, true));
                    } else {
                        wrongType(elementName, element, "charter.type.object");
                    }
                }
                return result;
            }

            private Arr array(String name, boolean required) {
                Node node = value(name);
                if (node == null) {
                    if (required) {
                        missing(name);
                    }
                    return null;
                }
                if (!(node instanceof Arr array)) {
                    wrongType(name, node, "charter.type.list");
                    return null;
                }
                if (required && array.elements().isEmpty()) {
                    problem(node, path(name), tr("charter.problem.emptyList", path(name)));
                }
                return array;
            }

            /** Award conditions: objects whose {@code "type"} decides which other fields they take. */
            List<Fields> conditionList(String name) {
                Arr array = array(name, true);
                List<Fields> result = new ArrayList<>();
                if (array == null) {
                    return result;
                }
                for (int i = 0; i < array.elements().size(); i++) {
                    Node element = array.elements().get(i);
                    String elementName = name + "[" + i + "]";
                    if (!(element instanceof Obj child)) {
                        wrongType(elementName, element, "charter.type.object");
                        continue;
                    }
                    String elementPath = path(elementName);
                    Member typeMember = child.members().get("type");
                    if (typeMember == null) {
                        problem(child, elementPath + ".type", tr("charter.problem.missingType", elementPath,
                                String.join(", ", CONDITION_TYPES)));
                        continue;
                    }
                    Node typeNode = typeMember.value();
                    if (!(typeNode instanceof Str typeText)) {
                        wrongType(elementName + ".type", typeNode, "charter.type.text");
                        continue;
                    }
                    if (!CONDITION_TYPES.contains(typeText.value())) {
                        problem(typeNode, elementPath + ".type", tr("charter.problem.unknownConditionType",
                                elementPath + ".type", typeText.value(), String.join(", ", CONDITION_TYPES)));
                        continue;
                    }
                    Fields condition = new Fields(child, elementPath, typeText.value(), true);
                    condition.type = typeText.value();
                    result.add(condition);
                }
                return result;
            }

            String levelReference(String name, JudgementScale scale) {
                String level = requiredId(name, ID, MAX_ID_LENGTH);
                if (level != null && !scale.levels().isEmpty() && scale.level(level).isEmpty()) {
                    problemAt(name, tr("charter.problem.unknownLevel", path(name), level,
                            String.join(", ", scale.levels().stream().map(JudgementScale.Level::id).distinct().toList())));
                }
                return level;
            }

            List<String> sectionReferences(String name, List<Section> sections) {
                Node node = value(name);
                if (node == null) {
                    return List.of();
                }
                if (!(node instanceof Arr array)) {
                    wrongType(name, node, "charter.type.textList");
                    return List.of();
                }
                List<String> named = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (int i = 0; i < array.elements().size(); i++) {
                    String elementName = name + "[" + i + "]";
                    Node element = array.elements().get(i);
                    String id = text(element, elementName, MAX_ID_LENGTH);
                    if (id == null) {
                        continue;
                    }
                    Optional<Section> section = sections.stream().filter(s -> s.id().equals(id)).findFirst();
                    if (section.isEmpty()) {
                        problem(element, path(elementName), tr("charter.problem.unknownSection", path(elementName), id));
                    } else if (section.get().contextOnly()) {
                        problem(element, path(elementName),
                                tr("charter.problem.contextSectionInRule", path(elementName), id));
                    } else if (!seen.add(id)) {
                        problem(element, path(elementName), tr("charter.problem.sectionTwice", path(elementName), id));
                    }
                    named.add(id);
                }
                if (array.elements().isEmpty()) {
                    problem(node, path(name), tr("charter.problem.emptyList", path(name)));
                }
                return named;
            }
        }

        private static String abbreviated(String text) {
            return text.length() > 40 ? text.substring(0, 39) + "…" : text;
        }

        private static String kindOf(Node node) {
            if (node instanceof Str str) {
                return tr("charter.kindOf.text", abbreviated(str.value()));
            } else if (node instanceof Num num) {
                return tr("charter.kindOf.number", num.value().toPlainString());
            } else if (node instanceof Bool) {
                return tr("charter.kindOf.bool");
            } else if (node instanceof Arr) {
                return tr("charter.kindOf.list");
            } else if (node instanceof Obj) {
                return tr("charter.kindOf.object");
            } else if (node instanceof Null) {
                return tr("charter.kindOf.null");
            }
            return "?";
        }
    }
}
