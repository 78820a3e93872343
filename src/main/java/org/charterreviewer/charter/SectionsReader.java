package org.charterreviewer.charter;

import static org.charterreviewer.charter.CharterFormat.ID;
import static org.charterreviewer.charter.CharterFormat.MAX_ID_LENGTH;
import static org.charterreviewer.charter.CharterFormat.MAX_NUMBER_LENGTH;
import static org.charterreviewer.charter.CharterFormat.MAX_TITLE_LENGTH;
import static org.charterreviewer.i18n.Messages.tr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.charterreviewer.charter.LocatedJson.Arr;
import org.charterreviewer.charter.LocatedJson.Member;

/**
 * Reads a charter's {@code sections} and their items: ids unique (items across the whole charter),
 * every section with something in it, at least one section judged. A format-2 section without a
 * title is called "Part N" after its place among the sections.
 */
final class SectionsReader {

    private final ReadLog log;
    private final Map<String, Integer> itemIds = new HashMap<>();

    SectionsReader(ReadLog log) {
        this.log = log;
    }

    List<Section> read(JsonFields charter) {
        List<Section> sections = new ArrayList<>();
        Map<String, Integer> sectionIds = new HashMap<>();
        List<JsonFields> elements = charter.objectList("sections", "section", true);
        for (JsonFields section : elements) {
            String id = section.requiredId("id", ID, MAX_ID_LENGTH);
            checkUnique(section, "id", id, sectionIds, "charter.problem.duplicateSectionId");
            boolean titled = log.isFormat1() || section.has("title");
            String title = titled ? section.requiredText("title", MAX_TITLE_LENGTH)
                    : tr("charter.section.part", sections.size() + 1);
            Section.ItemNoun noun = section.optionalObject("itemNoun", "itemNoun",
                    f -> new Section.ItemNoun(f.requiredText("one", MAX_TITLE_LENGTH),
                            f.requiredText("other", MAX_TITLE_LENGTH)));
            List<String> introduction = section.textList("introduction", false);
            Boolean contextOnly = section.optionalBoolean("contextOnly");
            List<Item> items = new ArrayList<>();
            for (JsonFields item : section.objectList("items", "item", false)) {
                items.add(item(item));
            }
            boolean context = Boolean.TRUE.equals(contextOnly);
            Member itemsMember = section.obj.members().get("items");
            boolean itemsWellFormed = itemsMember == null || itemsMember.value() instanceof Arr;
            if (items.isEmpty() && itemsWellFormed && !(context && !introduction.isEmpty())) {
                log.problem(section.obj, section.path, tr(context ? "charter.problem.emptyContextSection"
                        : "charter.problem.emptySection", section.path, id == null ? "" : id));
            }
            sections.add(new Section(id == null ? "" : id, title, titled,
                    noun == null ? new Section.ItemNoun("item", "items") : noun, introduction, context, items));
        }
        if (!elements.isEmpty() && sections.stream().allMatch(Section::contextOnly)) {
            Member member = charter.obj.members().get("sections");
            log.problem(member.line(), member.column(), "sections", tr("charter.problem.noJudgedSection"));
        }
        return sections;
    }

    private Item item(JsonFields item) {
        String itemId = item.requiredId("id", ID, MAX_ID_LENGTH);
        checkUnique(item, "id", itemId, itemIds, "charter.problem.duplicateItemId");
        String number = item.optionalText("number", MAX_NUMBER_LENGTH);
        String title = item.optionalText("title", MAX_TITLE_LENGTH);
        String text = item.requiredText("text", Integer.MAX_VALUE);
        Guidance guidance = item.optionalObject("guidance", "guidance",
                f -> new Guidance(f.textList("askPupils", false), f.textList("askStaff", false),
                        f.textList("askFamilies", false), f.textList("lookFor", false)));
        return new Item(itemId == null ? "" : itemId, number, title, text, guidance);
    }

    /** Reports {@code id} when another object of its kind already uses it; remembers it otherwise. */
    static void checkUnique(JsonFields fields, String name, String id, Map<String, Integer> seen, String key) {
        if (id == null) {
            return;
        }
        Member member = fields.obj.members().get(name);
        Integer first = seen.putIfAbsent(id, member.value().line());
        if (first != null) {
            fields.log.problem(member.value(), fields.path(name), tr(key, fields.path(name), id, first));
        }
    }
}
