package org.charterreviewer.charter;

import static org.charterreviewer.charter.CharterFormat.ID;
import static org.charterreviewer.charter.CharterFormat.MAX_ID_LENGTH;
import static org.charterreviewer.charter.CharterFormat.MAX_TITLE_LENGTH;
import static org.charterreviewer.charter.CharterFormat.MAX_VERSION_LENGTH;
import static org.charterreviewer.charter.CharterFormat.VERSION;
import static org.charterreviewer.i18n.Messages.tr;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterreviewer.charter.LocatedJson.Member;
import org.charterreviewer.charter.LocatedJson.Node;
import org.charterreviewer.charter.LocatedJson.Obj;
import org.charterreviewer.charter.LocatedJson.Str;

/**
 * Reads a charter file strictly and reports every problem at once, each with its line, column and
 * JSON path, in plain words. The file format is documented in {@code sample-charters/README.md} and
 * {@code sample-charters/charter.schema.json}; {@code CharterSchemaTest} keeps those and this class in step.
 */
public final class CharterReader {

    /** The format versions this build reads. */
    public static final List<Integer> SUPPORTED_FORMAT_VERSIONS = List.of(1, 2);

    /** The newest format version: what {@code charter draft} writes. */
    public static final int LATEST_FORMAT_VERSION = 2;

    /** The fields each object of the format accepts, in the order the writer puts them. */
    static final Map<String, List<String>> FIELDS = CharterFormat.FIELDS;

    /** The award condition types, as written in the file's {@code "type"}. */
    static final List<String> CONDITION_TYPES = CharterFormat.CONDITION_TYPES;

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
        ReadLog log = new ReadLog(file);
        for (LocatedJson.DuplicateKey duplicate : document.duplicates()) {
            log.problem(duplicate.line(), duplicate.column(), duplicate.path(),
                    tr("charter.problem.duplicateKey", duplicate.path(), duplicate.firstLine()));
        }
        Charter charter = charter(log, document.root());
        List<CharterProblem> problems = new ArrayList<>(log.problems);
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

    /** The whole charter: its own fields here, its sections and award rule by their readers. */
    private static Charter charter(ReadLog log, Node rootNode) {
        if (!(rootNode instanceof Obj root)) {
            log.problem(rootNode, "", tr("charter.problem.notObject"));
            return null;
        }
        JsonFields fields = new JsonFields(log, root, "", "charter", false);
        Integer format = fields.requiredInt("formatVersion");
        if (format != null && !SUPPORTED_FORMAT_VERSIONS.contains(format)) {
            Member member = root.members().get("formatVersion");
            log.problems.clear();
            log.problem(member.value(), "formatVersion", tr("charter.problem.unsupportedFormat", format,
                    String.join(" " + tr("charter.problem.or") + " ",
                            SUPPORTED_FORMAT_VERSIONS.stream().map(String::valueOf).toList())));
            return null;
        }
        if (format != null) {
            log.formatVersion = format;
        }
        fields.reportUnknown();
        // "$schema" only tells editors where the schema is; it must be text, and is not kept.
        fields.optionalText("$schema");
        String id = fields.requiredId("id", ID, MAX_ID_LENGTH);
        String version = fields.requiredId("version", VERSION, MAX_VERSION_LENGTH);
        CharterKind kind = fields.kind("kind");
        String title = fields.requiredText("title", MAX_TITLE_LENGTH);
        String issuingBody = log.isFormat1() ? fields.requiredText("issuingBody", MAX_TITLE_LENGTH)
                : fields.optionalText("issuingBody", MAX_TITLE_LENGTH);
        Charter.Source source = fields.optionalObject("source", "source",
                f -> new Charter.Source(f.optionalText("publisher"), f.optionalText("url"), f.optionalText("note")));
        Charter.Dates dates = fields.optionalObject("dates", "dates", f -> new Charter.Dates(
                f.optionalText("published"), f.optionalText("review"), f.optionalText("updated")));
        List<String> introduction = fields.textList("introduction", false);
        List<Section> sections = new SectionsReader(log).read(fields);
        List<String> closing = fields.textList("closing", false);
        JudgementScale scale = scale(fields);
        AwardRule rule = new AwardRuleReader(log, kind, scale, sections).read(fields);
        CertificateWording certificate = fields.requiredObject("certificate", "certificate", f -> {
            String awardName = f.requiredText("awardName", MAX_TITLE_LENGTH);
            Integer months = log.isFormat1() || f.has("validityMonths") ? f.requiredInt("validityMonths") : null;
            if (months != null && months < 1) {
                f.problemAt("validityMonths", tr("charter.problem.validityMonths", f.path("validityMonths"), months));
            }
            String statement = f.requiredText("statement", Integer.MAX_VALUE);
            return new CertificateWording(awardName, months == null ? 0 : months, statement);
        });
        boolean moderationRequired = moderation(fields);
        return new Charter(format == null ? 0 : format, orEmpty(id), orEmpty(version),
                kind == null ? CharterKind.CHARTER : kind, title, issuingBody, source, dates, introduction,
                sections, closing, scale, rule, certificate, moderationRequired);
    }

    /** {@code "moderation": "required"} or {@code "optional"} (the default: the council's setting decides). */
    private static boolean moderation(JsonFields fields) {
        String value = fields.optionalText("moderation", MAX_ID_LENGTH);
        if (value == null || value.equals("optional")) {
            return false;
        }
        if (!value.equals("required")) {
            fields.problemAt("moderation", tr("charter.problem.badModeration", fields.path("moderation"), value));
        }
        return value.equals("required");
    }

    private static JudgementScale scale(JsonFields fields) {
        JudgementScale scale = fields.requiredObject("scale", "scale", f -> {
            List<JudgementScale.Level> levels = new ArrayList<>();
            Map<String, Integer> levelIds = new HashMap<>();
            Integer previousPoints = null;
            String previousId = null;
            for (JsonFields level : f.objectList("levels", "level", true)) {
                String id = level.requiredId("id", ID, MAX_ID_LENGTH);
                SectionsReader.checkUnique(level, "id", id, levelIds, "charter.problem.duplicateLevelId");
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

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
