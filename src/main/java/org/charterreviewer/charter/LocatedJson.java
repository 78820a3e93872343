package org.charterreviewer.charter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where every value and field name stood in the file, so validation can
 * point at line and column. Read with Jackson's streaming parser: databind stops at the first error
 * and its tree keeps no locations. Duplicate keys are collected (first value kept), not fatal.
 */
final class LocatedJson {

    private LocatedJson() {
    }

    /** Any JSON value with its 1-based line and column. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        int column();
    }

    record Member(String name, int line, int column, Node value) {
    }

    record Obj(int line, int column, Map<String, Member> members) implements Node {
    }

    record Arr(int line, int column, List<Node> elements) implements Node {
    }

    record Str(int line, int column, String value) implements Node {
    }

    record Num(int line, int column, BigDecimal value, boolean integral) implements Node {
    }

    record Bool(int line, int column, boolean value) implements Node {
    }

    record Null(int line, int column) implements Node {
    }

    /** A key given twice in one object; {@code path} names the duplicate. */
    record DuplicateKey(String path, int line, int column, int firstLine) {
    }

    /** The parsed tree and the duplicate keys met on the way. */
    record Document(Node root, List<DuplicateKey> duplicates) {
    }

    /** Thrown for text that is not JSON at all, with the parser's location. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final boolean endOfInput;
        final String detail;

        SyntaxError(int line, int column, boolean endOfInput, String detail) {
            super(detail);
            this.line = line;
            this.column = column;
            this.endOfInput = endOfInput;
            this.detail = detail;
        }
    }

    /** Thrown when there is more than whitespace after the root value. */
    static final class TrailingContent extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TrailingContent(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** Parses {@code text}; null root means the text held nothing but whitespace. */
    static Document parse(String text) throws SyntaxError, TrailingContent {
        List<DuplicateKey> duplicates = new ArrayList<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Document(null, duplicates);
            }
            Node root = read(parser, "", duplicates);
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException e) {
                JsonLocation at = parser.currentTokenLocation();
                JsonLocation where = e.getLocation() != null ? e.getLocation() : at;
                throw new TrailingContent(where.getLineNr(), where.getColumnNr());
            }
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new TrailingContent(at.getLineNr(), at.getColumnNr());
            }
            return new Document(root, duplicates);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            boolean end = message != null && message.startsWith("Unexpected end-of-input");
            // Jackson's own words name its classes ("StreamReadConstraints..."): an officer gets plain ones.
            String detail = e instanceof StreamConstraintsException
                    ? org.charterreviewer.i18n.Messages.tr("json.tooDeep") : firstLine(message);
            throw new SyntaxError(at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), end, detail);
        } catch (IOException e) {
            throw new SyntaxError(1, 1, false, e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Node read(JsonParser parser, String path, List<DuplicateKey> duplicates) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Member> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String name = parser.currentName();
                    String memberPath = path.isEmpty() ? name : path + "." + name;
                    parser.nextToken();
                    Node value = read(parser, memberPath, duplicates);
                    Member existing = members.get(name);
                    if (existing != null) {
                        duplicates.add(new DuplicateKey(memberPath, keyAt.getLineNr(), keyAt.getColumnNr(),
                                existing.line()));
                    } else {
                        members.put(name, new Member(name, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new Obj(line, column, members);
            }
            case START_ARRAY: {
                List<Node> elements = new ArrayList<>();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(read(parser, path + "[" + index + "]", duplicates));
                    index++;
                }
                return new Arr(line, column, elements);
            }
            case VALUE_STRING:
                return new Str(line, column, parser.getText());
            case VALUE_NUMBER_INT:
                return new Num(line, column, new BigDecimal(parser.getBigIntegerValue()), true);
            case VALUE_NUMBER_FLOAT:
                return new Num(line, column, parser.getDecimalValue(), false);
            case VALUE_TRUE:
                return new Bool(line, column, true);
            case VALUE_FALSE:
                return new Bool(line, column, false);
            case VALUE_NULL:
                return new Null(line, column);
            default:
                throw new IllegalStateException("Unexpected token " + token);
        }
    }
}
