package org.charterreviewer.review;

import static org.charterreviewer.i18n.Messages.tr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Deque;
import java.util.Optional;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a review file strictly. A malformed file (bad JSON, unknown or missing fields, wrong types)
 * is reported as {@code FILE:LINE:COLUMN: message} from the parser's own location; checks of the
 * document's inner consistency follow, in plain words. References to the charter are checked on import.
 */
public final class ReviewJsonReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectReader reader;

    public ReviewJsonReader(ObjectMapper mapper) {
        // Required fields are marked on the records; optional ones may be absent or null.
        this.reader = mapper.readerFor(ReviewDocument.class)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public ReviewDocument read(Path file) {
        String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, label);
        } catch (IOException e) {
            throw new ReviewFileException(List.of(tr("reviewFile.unreadable", label)));
        }
    }

    /** Reads a document; {@code label} names the file in messages. */
    public ReviewDocument read(InputStream in, String label) throws IOException {
        byte[] content = in.readAllBytes();
        ReviewDocument document;
        try {
            // Jackson reports unknown fields of records only at the end of their object; this pass
            // finds them where they are.
            Optional<String> unknown = unknownField(content, label);
            if (unknown.isPresent()) {
                throw new ReviewFileException(List.of(unknown.get()));
            }
            document = reader.readValue(content);
        } catch (JsonProcessingException e) {
            throw new ReviewFileException(List.of(locate(label, e) + describe(e)));
        }
        List<String> problems = checkConsistency(document);
        if (!problems.isEmpty()) {
            throw new ReviewFileException(problems.stream().map(p -> label + ": " + p).toList());
        }
        return document;
    }

    /** The first field not defined by the format, with its location, walking the file with the parser. */
    private Optional<String> unknownField(byte[] content, String label) throws IOException {
        try (JsonParser parser = reader.createParser(content)) {
            Deque<Class<?>> types = new ArrayDeque<>();
            Deque<String> paths = new ArrayDeque<>();
            Class<?> next = ReviewDocument.class;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT -> {
                        types.push(next == null ? Object.class : next);
                        paths.push(parser.getParsingContext().getParent() == null ? ""
                                : String.valueOf(parser.getParsingContext().getParent().getCurrentName()));
                        next = null;
                    }
                    case END_OBJECT -> {
                        types.pop();
                        paths.pop();
                        next = null;
                    }
                    case START_ARRAY -> {
                        // Elements of a list have the list's element type, which is remembered in next.
                    }
                    case FIELD_NAME -> {
                        Class<?> owner = types.peek();
                        String name = parser.currentName();
                        if (owner != null && owner.isRecord()) {
                            Map<String, Class<?>> components = COMPONENTS.get(owner);
                            if (!components.containsKey(name)) {
                                String parent = paths.peek();
                                return Optional.of(label + ":" + parser.currentTokenLocation().getLineNr() + ":"
                                        + parser.currentTokenLocation().getColumnNr() + ": "
                                        + tr("reviewFile.unknownField", parser.currentName(),
                                                parent == null || parent.isEmpty() || "null".equals(parent) ? "" : " (" + parent + ")"));
                            }
                            next = components.get(name);
                        } else {
                            next = null;
                        }
                    }
                    default -> {
                        // Scalars need no checking here; databind checks their types.
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each record's components by name, with the type each one's value holds: looked up once per
     * record type (reflection on every field of every file was a tenth of reading one).
     */
    private static final ClassValue<Map<String, Class<?>>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Class<?>> computeValue(Class<?> record) {
            Map<String, Class<?>> byName = new java.util.HashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                byName.put(component.getName(), valueType(component));
            }
            return byName;
        }
    };

    /** The record type a component's value holds (its element type for lists), or null. */
    private static Class<?> valueType(RecordComponent component) {
        Type type = component.getGenericType();
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    private static String locate(String label, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return label + ": ";
        }
        return label + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
    }

    /** A plain description of a parse or mapping problem, naming the field by its path. */
    static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return tr("reviewFile.unknownField", u.getPropertyName(), parentPath(path));
        }
        if (e instanceof InvalidFormatException f) {
            return tr("reviewFile.badValue", String.valueOf(f.getValue()), path);
        }
        if (e instanceof ValueInstantiationException) {
            return tr("reviewFile.badValueAt", path);
        }
        if (e instanceof MismatchedInputException m) {
            String original = m.getOriginalMessage();
            if (original.startsWith("Missing required creator property")) {
                String field = original.replaceFirst("Missing required creator property '([^']*)'.*", "$1");
                String parent = path.endsWith(field) ? path.substring(0, path.length() - field.length()) : path;
                parent = parent.endsWith(".") ? parent.substring(0, parent.length() - 1) : parent;
                return tr("reviewFile.missingField", field, parent.isEmpty() ? tr("reviewFile.topLevel") : parent);
            }
            if (original.contains("Null value for creator property")) {
                return tr("reviewFile.nullField", path);
            }
            if (original.contains("No content to map")) {
                return tr("reviewFile.empty");
            }
            return tr("reviewFile.wrongType", path.isEmpty() ? tr("reviewFile.topLevel") : path);
        }
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return tr("reviewFile.endOfInput");
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return tr("reviewFile.notJson", tr("json.tooDeep"));
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Invalid UTF-8")) {
            return tr("reviewFile.notUtf8");
        }
        int cut = original.indexOf('\n');
        return tr("reviewFile.notJson", cut < 0 ? original : original.substring(0, cut));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        return parent.isEmpty() ? "" : " (" + parent + ")";
    }

    /** Required values given as an explicit null, by path. */
    private static List<String> missingValues(ReviewDocument d) {
        List<String> missing = new ArrayList<>();
        requireValue(missing, "reviewId", d.reviewId());
        requireValue(missing, "status", d.status());
        requireValue(missing, "createdAt", d.createdAt());
        requireValue(missing, "updatedAt", d.updatedAt());
        for (String list : List.of("participants", "judgements", "notes", "voices", "actions", "evidence", "evidenceLinks",
                "revisions")) {
            requireValue(missing, list, listOf(d, list));
        }
        requireValue(missing, "school.name", d.school() == null ? null : d.school().name());
        if (d.charter() == null || d.charter().id() == null || d.charter().version() == null || d.charter().sha256() == null) {
            missing.add("charter");
        }
        if (d.visit() == null || d.visit().officers() == null) {
            missing.add("visit.officers");
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        for (int i = 0; i < d.participants().size(); i++) {
            requireValue(missing, "participants[" + i + "].role", d.participants().get(i).role());
        }
        for (int i = 0; i < d.judgements().size(); i++) {
            requireValue(missing, "judgements[" + i + "].itemId", d.judgements().get(i).itemId());
        }
        for (int i = 0; i < d.notes().size(); i++) {
            requireValue(missing, "notes[" + i + "].body", d.notes().get(i).body());
        }
        for (int i = 0; i < d.voices().size(); i++) {
            requireValue(missing, "voices[" + i + "].speakerRole", d.voices().get(i).speakerRole());
            requireValue(missing, "voices[" + i + "].said", d.voices().get(i).said());
        }
        for (int i = 0; i < d.actions().size(); i++) {
            requireValue(missing, "actions[" + i + "].description", d.actions().get(i).description());
        }
        for (int i = 0; i < d.evidence().size(); i++) {
            ReviewDocument.EvidencePart e = d.evidence().get(i);
            requireValue(missing, "evidence[" + i + "].name", e.name());
            requireValue(missing, "evidence[" + i + "].sha256", e.sha256());
            requireValue(missing, "evidence[" + i + "].mediaType", e.mediaType());
            requireValue(missing, "evidence[" + i + "].addedAt", e.addedAt());
        }
        for (int i = 0; i < d.evidenceLinks().size(); i++) {
            requireValue(missing, "evidenceLinks[" + i + "].itemId", d.evidenceLinks().get(i).itemId());
        }
        if (d.decision() != null) {
            requireValue(missing, "decision.decision", d.decision().decision());
        }
        if (d.signatory() != null && d.signatories() != null) {
            missing.add("signatory (give either signatory or signatories, not both)");
        }
        List<ReviewDocument.SignatoryPart> signatories = d.allSignatories();
        for (int i = 0; i < signatories.size(); i++) {
            String at = d.signatories() == null ? "signatory." : "signatories[" + i + "].";
            requireValue(missing, at + "name", signatories.get(i).name());
            requireValue(missing, at + "role", signatories.get(i).role());
            requireValue(missing, at + "organisation", signatories.get(i).organisation());
            requireValue(missing, at + "signedOn", signatories.get(i).signedOn());
        }
        for (int i = 0; i < d.revisions().size(); i++) {
            requireValue(missing, "revisions[" + i + "].status", d.revisions().get(i).status());
            requireValue(missing, "revisions[" + i + "].createdAt", d.revisions().get(i).createdAt());
        }
        return missing;
    }

    private static Object listOf(ReviewDocument d, String name) {
        return switch (name) {
            case "participants" -> d.participants();
            case "judgements" -> d.judgements();
            case "notes" -> d.notes();
            case "voices" -> d.voices();
            case "actions" -> d.actions();
            case "evidence" -> d.evidence();
            case "evidenceLinks" -> d.evidenceLinks();
            default -> d.revisions();
        };
    }

    private static void requireValue(List<String> missing, String path, Object value) {
        if (value == null) {
            missing.add(path);
        }
    }

    /** Problems inside the document itself, in plain words (each problem once). */
    static List<String> checkConsistency(ReviewDocument d) {
        List<String> problems = new ArrayList<>();
        List<String> missing = missingValues(d);
        if (!missing.isEmpty()) {
            missing.forEach(field -> problems.add(tr("reviewFile.nullField", field)));
            return problems;
        }
        if (d.formatVersion() != ReviewDocument.FORMAT_VERSION) {
            problems.add(tr("reviewFile.formatVersion", d.formatVersion(), ReviewDocument.FORMAT_VERSION));
            return problems;
        }
        if (d.revision() < 1) {
            problems.add(tr("reviewFile.badRevision", d.revision()));
        }
        Set<Integer> evidenceIds = new HashSet<>();
        for (ReviewDocument.EvidencePart e : d.evidence()) {
            if (!evidenceIds.add(e.id())) {
                problems.add(tr("reviewFile.duplicateEvidence", e.id()));
            }
            if (!SHA256.matcher(e.sha256()).matches()) {
                problems.add(tr("reviewFile.badSha256", e.id(), e.name()));
            }
        }
        for (ReviewDocument.LinkPart link : d.evidenceLinks()) {
            if (!evidenceIds.contains(link.evidence())) {
                problems.add(tr("reviewFile.unknownEvidence", link.evidence(), link.itemId()));
            }
        }
        Set<String> judged = new HashSet<>();
        for (ReviewDocument.JudgementPart j : d.judgements()) {
            if (!judged.add(j.itemId())) {
                problems.add(tr("reviewFile.duplicateJudgement", j.itemId()));
            }
        }
        Set<String> noted = new HashSet<>();
        for (ReviewDocument.NotePart n : d.notes()) {
            if (n.itemId() != null && !noted.add(n.itemId())) {
                problems.add(tr("reviewFile.duplicateNote", n.itemId()));
            }
        }
        if (!SHA256.matcher(d.charter().sha256()).matches()) {
            problems.add(tr("reviewFile.badCharterSha256"));
        }
        if (d.status() == ReviewStatus.FINALISED && (d.finalisedAt() == null || d.outcome() == null)) {
            problems.add(tr("reviewFile.finalisedIncomplete"));
        }
        return problems;
    }

}
