package org.charterreviewer.charter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a charter in the canonical form of the file format: fields in a fixed order, optional
 * fields left out when empty, two-space indent. Reading what it writes gives an equal charter.
 */
public final class CharterWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    public String write(Charter charter) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            writeCharter(json, charter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void writeCharter(JsonGenerator json, Charter charter) throws IOException {
        json.writeStartObject();
        json.writeNumberField("formatVersion", charter.formatVersion());
        json.writeStringField("id", charter.id());
        json.writeStringField("version", charter.version());
        json.writeStringField("kind", charter.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("title", charter.title());
        optional(json, "issuingBody", charter.issuingBody());
        if (charter.source() != null) {
            json.writeObjectFieldStart("source");
            optional(json, "publisher", charter.source().publisher());
            optional(json, "url", charter.source().url());
            optional(json, "note", charter.source().note());
            json.writeEndObject();
        }
        if (charter.dates() != null) {
            json.writeObjectFieldStart("dates");
            optional(json, "published", charter.dates().published());
            optional(json, "review", charter.dates().review());
            optional(json, "updated", charter.dates().updated());
            json.writeEndObject();
        }
        texts(json, "introduction", charter.introduction());
        json.writeArrayFieldStart("sections");
        for (Section section : charter.sections()) {
            writeSection(json, section);
        }
        json.writeEndArray();
        texts(json, "closing", charter.closing());
        json.writeObjectFieldStart("scale");
        json.writeArrayFieldStart("levels");
        for (JudgementScale.Level level : charter.scale().levels()) {
            json.writeStartObject();
            json.writeStringField("id", level.id());
            json.writeStringField("label", level.label());
            json.writeStringField("descriptor", level.descriptor());
            json.writeNumberField("points", level.points());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("awardRule");
        json.writeStringField("summary", charter.awardRule().summary());
        if (charter.awardRule().hasLevels()) {
            json.writeArrayFieldStart("levels");
            for (AwardLevel level : charter.awardRule().levels()) {
                json.writeStartObject();
                json.writeStringField("id", level.id());
                json.writeStringField("name", level.name());
                writeConditions(json, level.conditions());
                json.writeEndObject();
            }
            json.writeEndArray();
        } else {
            writeConditions(json, charter.awardRule().conditions());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("certificate");
        json.writeStringField("awardName", charter.certificate().awardName());
        if (charter.certificate().hasEndDate()) {
            json.writeNumberField("validityMonths", charter.certificate().validityMonths());
        }
        json.writeStringField("statement", charter.certificate().statement());
        json.writeEndObject();
        if (charter.moderationRequired()) {
            json.writeStringField("moderation", "required");
        }
        json.writeEndObject();
    }

    private static void writeSection(JsonGenerator json, Section section) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", section.id());
        if (section.titled()) {
            json.writeStringField("title", section.title());
        }
        json.writeObjectFieldStart("itemNoun");
        json.writeStringField("one", section.itemNoun().one());
        json.writeStringField("other", section.itemNoun().other());
        json.writeEndObject();
        texts(json, "introduction", section.introduction());
        if (section.contextOnly()) {
            json.writeBooleanField("contextOnly", true);
        }
        if (!section.items().isEmpty()) {
            json.writeArrayFieldStart("items");
            for (Item item : section.items()) {
                json.writeStartObject();
                json.writeStringField("id", item.id());
                optional(json, "number", item.number());
                optional(json, "title", item.title());
                json.writeStringField("text", item.text());
                if (item.guidance() != null) {
                    Guidance guidance = item.guidance();
                    json.writeObjectFieldStart("guidance");
                    texts(json, "askPupils", guidance.askPupils());
                    texts(json, "askStaff", guidance.askStaff());
                    texts(json, "askFamilies", guidance.askFamilies());
                    texts(json, "lookFor", guidance.lookFor());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeConditions(JsonGenerator json, List<AwardCondition> conditions) throws IOException {
        json.writeArrayFieldStart("conditions");
        for (AwardCondition condition : conditions) {
            writeCondition(json, condition);
        }
        json.writeEndArray();
    }

    private static void writeCondition(JsonGenerator json, AwardCondition condition) throws IOException {
        json.writeStartObject();
        if (condition instanceof AwardCondition.EveryItemAtLeast every) {
            json.writeStringField("type", "everyItemAtLeast");
            json.writeStringField("level", every.level());
            texts(json, "sections", every.sections());
        } else if (condition instanceof AwardCondition.ShareOfItemsAtLeast share) {
            json.writeStringField("type", "shareOfItemsAtLeast");
            json.writeStringField("level", share.level());
            if (share.fraction() != null) {
                json.writeStringField("share", share.fraction());
            } else {
                json.writeNumberField("share", share.share());
            }
            json.writeBooleanField("strictlyMore", share.strictlyMore());
            json.writeBooleanField("perSection", share.perSection());
            texts(json, "sections", share.sections());
        } else if (condition instanceof AwardCondition.EveryItemHasEvidence evidence) {
            json.writeStringField("type", "everyItemHasEvidence");
            json.writeNumberField("minimum", evidence.minimum());
            texts(json, "sections", evidence.sections());
        } else if (condition instanceof AwardCondition.EverySectionHasEvidence evidence) {
            json.writeStringField("type", "everySectionHasEvidence");
            json.writeNumberField("minimum", evidence.minimum());
            texts(json, "sections", evidence.sections());
        } else {
            json.writeStringField("type", "signatoryRecorded");
        }
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    private static void texts(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
