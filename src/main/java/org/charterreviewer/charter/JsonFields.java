package org.charterreviewer.charter;

import static org.charterreviewer.charter.CharterFormat.FIELDS;
import static org.charterreviewer.charter.CharterFormat.FORMAT_2_FIELDS;
import static org.charterreviewer.charter.CharterFormat.MAX_ID_LENGTH;
import static org.charterreviewer.charter.CharterFormat.VERSION;
import static org.charterreviewer.i18n.Messages.tr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.charterreviewer.charter.LocatedJson.Arr;
import org.charterreviewer.charter.LocatedJson.Bool;
import org.charterreviewer.charter.LocatedJson.Member;
import org.charterreviewer.charter.LocatedJson.Node;
import org.charterreviewer.charter.LocatedJson.Null;
import org.charterreviewer.charter.LocatedJson.Num;
import org.charterreviewer.charter.LocatedJson.Obj;
import org.charterreviewer.charter.LocatedJson.Str;

/** The fields of one JSON object, with typed accessors that record problems and never throw. */
final class JsonFields {
    final ReadLog log;
    final Obj obj;
    final String path;
    String type;

    JsonFields(ReadLog log, Obj obj, String path, String shape, boolean reportNow) {
        this.log = log;
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
                List<String> named = log.isFormat1()
                        ? allowed.stream().filter(f -> !FORMAT_2_FIELDS.contains(shape + "." + f)).toList() : allowed;
                log.problem(member.line(), member.column(), path(member.name()),
                        tr("charter.problem.unknownField", path(member.name()), String.join(", ", named)));
            } else if (log.isFormat1() && FORMAT_2_FIELDS.contains(shape + "." + member.name())) {
                log.problem(member.line(), member.column(), path(member.name()),
                        tr("charter.problem.needsFormat2", path(member.name())));
            }
        }
    }

    boolean has(String name) {
        return obj.members().containsKey(name);
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void problemAt(String name, String message) {
        Member member = obj.members().get(name);
        if (member == null) {
            log.problem(obj, path(name), message);
        } else {
            log.problem(member.value(), path(name), message);
        }
    }

    Node value(String name) {
        Member member = obj.members().get(name);
        return member == null ? null : member.value();
    }

    /** The value of a required field, or null after reporting that it is missing. */
    Node required(String name) {
        Node node = value(name);
        if (node == null) {
            missing(name);
        }
        return node;
    }

    void missing(String name) {
        log.problem(obj, path(name), tr("charter.problem.missing", path(name), where()));
    }

    private String where() {
        return path.isEmpty() ? tr("charter.problem.theFile") : path;
    }

    void wrongType(String name, Node node, String expectedKey) {
        log.problem(node, path(name), tr("charter.problem.wrongType", path(name), tr(expectedKey), kindOf(node)));
    }

    String text(Node node, String name, int maxLength) {
        if (!(node instanceof Str str)) {
            wrongType(name, node, "charter.type.text");
            return null;
        }
        if (str.value().isBlank()) {
            log.problem(node, path(name), tr("charter.problem.blank", path(name)));
            return null;
        }
        if (str.value().length() > maxLength) {
            log.problem(node, path(name), tr("charter.problem.tooLong", path(name), str.value().length(),
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
        return optionalText(name, Integer.MAX_VALUE);
    }

    String optionalText(String name, int maxLength) {
        Node node = value(name);
        return node == null ? null : text(node, name, maxLength);
    }

    String requiredId(String name, Pattern pattern, int maxLength) {
        Node node = required(name);
        if (node == null) {
            return null;
        }
        String text = text(node, name, maxLength);
        if (text != null && !pattern.matcher(text).matches()) {
            log.problem(node, path(name), tr(pattern == VERSION ? "charter.problem.badVersion"
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
        log.problem(node, path(name), tr("charter.problem.unknownKind", text));
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
            log.problem(node, path(name), tr("charter.problem.tooBig", path(name)));
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
            log.problem(node, path(name), tr("charter.problem.emptyList", path(name)));
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

    <T> T optionalObject(String name, String shape, Function<JsonFields, T> reader) {
        Node node = value(name);
        if (node == null) {
            return null;
        }
        return object(node, name, shape, reader);
    }

    <T> T requiredObject(String name, String shape, Function<JsonFields, T> reader) {
        Node node = required(name);
        if (node == null) {
            return null;
        }
        return object(node, name, shape, reader);
    }

    private <T> T object(Node node, String name, String shape, Function<JsonFields, T> reader) {
        if (!(node instanceof Obj child)) {
            wrongType(name, node, "charter.type.object");
            return null;
        }
        return reader.apply(new JsonFields(log, child, path(name), shape, true));
    }

    List<JsonFields> objectList(String name, String shape, boolean required) {
        Arr array = array(name, required);
        List<JsonFields> result = new ArrayList<>();
        if (array == null) {
            return result;
        }
        for (int i = 0; i < array.elements().size(); i++) {
            Node element = array.elements().get(i);
            String elementName = name + "[" + i + "]";
            if (element instanceof Obj child) {
                result.add(new JsonFields(log, child, path(elementName), shape, true));
            } else {
                wrongType(elementName, element, "charter.type.object");
            }
        }
        return result;
    }

    Arr array(String name, boolean required) {
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
            log.problem(node, path(name), tr("charter.problem.emptyList", path(name)));
        }
        return array;
    }

    static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    static String kindOf(Node node) {
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
