package org.charterreviewer.charter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The JSON Schema for editors describes exactly the fields the reader accepts, no more, no fewer. */
class CharterSchemaTest {

    static final Path SCHEMA = Path.of("sample-charters/charter.schema.json");

    @Test
    void schemaListsExactlyTheFieldsTheReaderAccepts() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
        Map<String, List<String>> inSchema = new TreeMap<>();
        defs.fields().forEachRemaining(entry -> {
            JsonNode properties = entry.getValue().get("properties");
            if (properties != null) {
                List<String> names = new ArrayList<>();
                properties.fieldNames().forEachRemaining(names::add);
                inSchema.put(entry.getKey(), names);
                assertThat(entry.getValue().get("additionalProperties").asBoolean(true)).as(entry.getKey()).isFalse();
            }
        });
        assertThat(inSchema).isEqualTo(new TreeMap<>(CharterReader.FIELDS));
    }

    @Test
    void schemaNamesTheSupportedFormatVersionAndConditionTypes() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
        List<Integer> versions = new ArrayList<>();
        defs.at("/charter/properties/formatVersion/enum").forEach(v -> versions.add(v.asInt()));
        assertThat(versions).isEqualTo(CharterReader.SUPPORTED_FORMAT_VERSIONS);
        for (String type : CharterReader.CONDITION_TYPES) {
            assertThat(defs.at("/" + type + "/properties/type/const").asText()).isEqualTo(type);
        }
    }

    @Test
    void theSchemaIsRecognisedAndNotMistakenForACharter() throws IOException {
        assertThat(CharterReader.isJsonSchema(Files.readString(SCHEMA))).isTrue();
        assertThat(CharterReader.isJsonSchema(Files.readString(Path.of("src/test/resources/charters/valid/minimal.json"))))
                .isFalse();
    }
}
