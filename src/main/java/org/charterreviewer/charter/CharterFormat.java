package org.charterreviewer.charter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of the charter file format: which fields each kind of object takes (in the order the
 * writer puts them), which of them format 2 added, and the rules for ids. {@code CharterSchemaTest}
 * keeps {@code charter.schema.json} in step with these lists.
 */
final class CharterFormat {

    private CharterFormat() {
    }

    static final int MAX_ID_LENGTH = 100;
    static final int MAX_VERSION_LENGTH = 40;
    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_NUMBER_LENGTH = 20;

    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");
    static final Pattern VERSION = Pattern.compile("[0-9A-Za-z]+(?:[-_.][0-9A-Za-z]+)*");
    /** A share written as a fraction: whole numbers either side of one slash, e.g. "2/3". */
    static final Pattern FRACTION = Pattern.compile("\\s*([0-9]{1,9})\\s*/\\s*([0-9]{1,9})\\s*");

    /** The fields each object of the format accepts, in the order the writer puts them. */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("charter", List.of("$schema", "formatVersion", "id", "version", "kind", "title", "issuingBody", "source",
                    "dates", "introduction", "sections", "closing", "scale", "awardRule", "certificate", "moderation")),
            Map.entry("source", List.of("publisher", "url", "note")),
            Map.entry("dates", List.of("published", "review", "updated")),
            Map.entry("section", List.of("id", "title", "itemNoun", "introduction", "contextOnly", "items")),
            Map.entry("itemNoun", List.of("one", "other")),
            Map.entry("item", List.of("id", "number", "title", "text", "guidance")),
            Map.entry("guidance", List.of("askPupils", "askStaff", "askFamilies", "lookFor")),
            Map.entry("scale", List.of("levels")),
            Map.entry("level", List.of("id", "label", "descriptor", "points")),
            Map.entry("awardRule", List.of("summary", "conditions", "levels")),
            Map.entry("awardLevel", List.of("id", "name", "conditions")),
            Map.entry("everyItemAtLeast", List.of("type", "level", "sections")),
            Map.entry("shareOfItemsAtLeast", List.of("type", "level", "share", "strictlyMore", "perSection",
                    "sections")),
            Map.entry("everyItemHasEvidence", List.of("type", "minimum", "sections")),
            Map.entry("everySectionHasEvidence", List.of("type", "minimum", "sections")),
            Map.entry("signatoryRecorded", List.of("type")),
            Map.entry("certificate", List.of("awardName", "validityMonths", "statement")));

    /** Fields that only format 2 accepts, as "shape.field". */
    static final Set<String> FORMAT_2_FIELDS = Set.of("dates.updated", "item.number", "item.title",
            "awardRule.levels");

    /** The award condition types, as written in the file's {@code "type"}. */
    static final List<String> CONDITION_TYPES = List.of("everyItemAtLeast", "shareOfItemsAtLeast",
            "everyItemHasEvidence", "everySectionHasEvidence", "signatoryRecorded");

    /** Condition types that only format 2 accepts. */
    static final Set<String> FORMAT_2_CONDITION_TYPES = Set.of("everySectionHasEvidence");
}
