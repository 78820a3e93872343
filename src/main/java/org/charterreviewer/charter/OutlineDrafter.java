package org.charterreviewer.charter;

import static org.charterreviewer.i18n.Messages.tr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain outline (what council staff can copy from a web page or Word document) into a charter
 * of the newest format: {@code key: value} lines at the top, then a {@code # heading} per section
 * (a lone {@code #} for a section without a heading), paragraphs, and a {@code - } line per item,
 * where {@code - Title — text} (an em dash, or " - " / " -- ") gives the item a title. What the outline
 * leaves out gets a default the result names; what it cannot read is reported by line.
 */
public final class OutlineDrafter {

    /** The keys the top of an outline may give, in the order the documentation lists them. */
    public static final List<String> KEYS = List.of("id", "version", "title", "council", "kind", "scale", "award",
            "award name", "validity months", "statement", "published", "updated", "review");

    static final List<String> DEFAULT_SCALE = List.of("Not yet", "Emerging", "Established", "Embedded");
    static final String PLEDGE_LEVEL = "Acknowledged";
    static final String DEFAULT_VERSION = "1.0";

    private static final Pattern KEY_LINE = Pattern.compile("([A-Za-z][A-Za-z ]*?)\\s*:\\s*(.*)");
    private static final Pattern TITLED_ITEM = Pattern.compile("(.+?)\\s+(?:—|--|-|–)\\s+(.+)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}[.)]|[a-z][.)])\\s+(.+)");
    private static final Pattern AWARD_LEVEL_KEY = Pattern.compile("award\\s+(.+)", Pattern.CASE_INSENSITIVE);

    /** Drafts the charter that {@code text}, read from {@code file}, outlines. */
    public OutlineDraft draft(String file, String text) {
        Draft draft = new Draft(file);
        draft.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!draft.problems.isEmpty()) {
            return new OutlineDraft(Optional.empty(), "", draft.defaults, draft.problems);
        }
        Charter charter = draft.charter();
        if (!draft.problems.isEmpty()) {
            return new OutlineDraft(Optional.empty(), "", draft.defaults, draft.problems);
        }
        String json = new CharterWriter().write(charter);
        // The reader has the last word: anything it would refuse is reported against the outline's top.
        CharterReadResult check = new CharterReader().read(file, json);
        if (!check.isValid()) {
            check.problems().forEach(p -> draft.problem(1, tr("outline.problem.wouldNotValidate", p.message())));
            return new OutlineDraft(Optional.empty(), json, draft.defaults, draft.problems);
        }
        return new OutlineDraft(check.charter(), json, draft.defaults, draft.problems);
    }

    /** One outline being read: its header, its sections, and what went wrong where. */
    private static final class Draft {
        private final String file;
        private final List<OutlineDraft.Problem> problems = new ArrayList<>();
        private final List<String> defaults = new ArrayList<>();
        private final Map<String, String> header = new LinkedHashMap<>();
        private final Map<String, Integer> headerLines = new LinkedHashMap<>();
        private final Map<String, String> levelRules = new LinkedHashMap<>();
        private final Map<String, Integer> levelLines = new LinkedHashMap<>();
        private final List<String> introduction = new ArrayList<>();
        private final List<SectionDraft> sections = new ArrayList<>();
        private final Set<String> itemIds = new HashSet<>();
        private final Set<String> sectionIds = new HashSet<>();

        Draft(String file) {
            this.file = file;
        }

        void problem(int line, String message) {
            problems.add(new OutlineDraft.Problem(file, line, message));
        }

        void read(String text) {
            String[] lines = text.split("\\R", -1);
            boolean inHeader = true;
            for (int i = 0; i < lines.length; i++) {
                int number = i + 1;
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    // The header ends at the first blank line after it, so "Our vision: …" below is text.
                    inHeader &= header.isEmpty() && levelRules.isEmpty() && problems.isEmpty();
                    continue;
                }
                Matcher key = KEY_LINE.matcher(line);
                if (inHeader && !line.startsWith("#") && !line.startsWith("- ") && key.matches()) {
                    header(number, key.group(1).strip().toLowerCase(Locale.ROOT), key.group(2).strip());
                    continue;
                }
                inHeader = false;
                if (line.startsWith("#")) {
                    String heading = line.replaceFirst("^#+", "").strip();
                    sections.add(new SectionDraft(number, heading.isEmpty() ? null : heading));
                } else if (line.startsWith("- ") || line.startsWith("* ") || line.equals("-")) {
                    item(number, line.substring(1).strip());
                } else if (sections.isEmpty()) {
                    introduction.add(line);
                } else {
                    sections.get(sections.size() - 1).introduction.add(line);
                }
            }
            for (String required : List.of("id", "title", "council")) {
                if (!header.containsKey(required)) {
                    problem(1, tr("outline.problem.missingKey", required));
                }
            }
            if (sections.isEmpty()) {
                problem(Math.max(1, lines.length), tr("outline.problem.noSections"));
            }
            for (SectionDraft section : sections) {
                if (section.items.isEmpty()) {
                    problem(section.line, tr("outline.problem.emptySection",
                            section.title == null ? "#" : "# " + section.title));
                }
            }
        }

        private void header(int line, String key, String value) {
            Matcher level = AWARD_LEVEL_KEY.matcher(key);
            if (!KEYS.contains(key) && level.matches() && !key.equals("award name")) {
                String name = capitalised(level.group(1).strip());
                if (levelRules.containsKey(name)) {
                    problem(line, tr("outline.problem.levelTwice", name, levelLines.get(name)));
                }
                levelRules.put(name, value);
                levelLines.put(name, line);
                return;
            }
            if (!KEYS.contains(key)) {
                problem(line, tr("outline.problem.unknownKey", key, String.join(", ", KEYS)));
                return;
            }
            if (value.isEmpty()) {
                problem(line, tr("outline.problem.emptyValue", key));
                return;
            }
            if (header.containsKey(key) && !key.equals("award")) {
                problem(line, tr("outline.problem.keyTwice", key, headerLines.get(key)));
                return;
            }
            // Several "award:" lines are several conditions, all to hold.
            header.merge(key, value, (a, b) -> a + "\n" + b);
            headerLines.putIfAbsent(key, line);
        }

        private void item(int line, String text) {
            if (sections.isEmpty()) {
                problem(line, tr("outline.problem.itemBeforeHeading"));
                return;
            }
            if (text.isEmpty()) {
                problem(line, tr("outline.problem.emptyItem"));
                return;
            }
            String number = null;
            Matcher numbered = NUMBERED.matcher(text);
            if (numbered.matches()) {
                number = numbered.group(1);
                text = numbered.group(2).strip();
            }
            String title = null;
            Matcher titled = TITLED_ITEM.matcher(text);
            if (titled.matches()) {
                title = titled.group(1).strip();
                text = titled.group(2).strip();
            }
            String id = unique(slug(title != null ? title : text, 6, "item"), itemIds);
            sections.get(sections.size() - 1).items.add(new Item(id, number, title, text, null));
        }

        Charter charter() {
            String id = header.get("id");
            if (!CharterFormat.ID.matcher(id).matches()) {
                problem(headerLines.get("id"), tr("outline.problem.badId", id, slug(id, 12, "charter")));
            }
            String version = header.getOrDefault("version", DEFAULT_VERSION);
            if (!header.containsKey("version")) {
                defaults.add(tr("outline.default.version", DEFAULT_VERSION));
            } else if (!CharterFormat.VERSION.matcher(version).matches()) {
                problem(headerLines.get("version"), tr("outline.problem.badVersion", version));
            }
            CharterKind kind = kind();
            JudgementScale scale = scale(kind);
            List<Section> built = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                SectionDraft s = sections.get(i);
                String sectionId = unique(s.title == null ? "part-" + (i + 1) : slug(s.title, 5, "section"), sectionIds);
                built.add(new Section(sectionId, s.title == null ? tr("charter.section.part", i + 1) : s.title,
                        s.title != null, new Section.ItemNoun("item", "items"), s.introduction, false, s.items));
            }
            AwardRule rule = new OutlineAwardRule(this::problem, defaults, scale, kind).read(header.get("award"),
                    headerLines.getOrDefault("award", 1), levelRules, levelLines);
            String title = header.get("title");
            String awardName = header.get("award name");
            if (awardName == null) {
                awardName = tr("outline.default.awardNameValue", title);
                defaults.add(tr("outline.default.awardName", awardName));
            }
            int months = 0;
            if (header.containsKey("validity months")) {
                try {
                    months = Integer.parseInt(header.get("validity months"));
                } catch (NumberFormatException e) {
                    months = -1;
                }
                if (months < 1) {
                    problem(headerLines.get("validity months"), tr("outline.problem.badValidity",
                            header.get("validity months")));
                }
            } else {
                defaults.add(tr("outline.default.validity"));
            }
            String statement = header.get("statement");
            if (statement == null) {
                statement = tr("outline.default.statementValue", title);
                defaults.add(tr("outline.default.statement", statement));
            }
            Charter.Dates dates = header.containsKey("published") || header.containsKey("updated")
                    || header.containsKey("review")
                    ? new Charter.Dates(header.get("published"), header.get("review"), header.get("updated")) : null;
            return new Charter(CharterReader.LATEST_FORMAT_VERSION, id, version, kind, title, header.get("council"),
                    null, dates, introduction, built, List.of(), scale, rule,
                    new CertificateWording(awardName, Math.max(0, months), statement));
        }

        private CharterKind kind() {
            String kind = header.get("kind");
            if (kind == null) {
                return CharterKind.CHARTER;
            }
            if (kind.equalsIgnoreCase("charter") || kind.equalsIgnoreCase("pledge")) {
                return CharterKind.valueOf(kind.toUpperCase(Locale.ROOT));
            }
            problem(headerLines.get("kind"), tr("outline.problem.badKind", kind));
            return CharterKind.CHARTER;
        }

        private JudgementScale scale(CharterKind kind) {
            List<String> labels;
            if (header.containsKey("scale")) {
                labels = List.of(header.get("scale").split("\\s*,\\s*")).stream().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                Set<String> seen = new HashSet<>();
                for (String label : labels) {
                    if (!seen.add(slug(label, 6, "level"))) {
                        problem(headerLines.get("scale"), tr("outline.problem.scaleTwice", label));
                    }
                }
            } else if (kind == CharterKind.PLEDGE) {
                labels = List.of(PLEDGE_LEVEL);
                defaults.add(tr("outline.default.scale", PLEDGE_LEVEL));
            } else {
                labels = DEFAULT_SCALE;
                defaults.add(tr("outline.default.scale", String.join(", ", DEFAULT_SCALE)));
            }
            List<JudgementScale.Level> levels = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                levels.add(new JudgementScale.Level(slug(labels.get(i), 6, "level"), labels.get(i),
                        tr("outline.levelDescriptor", labels.get(i)), i));
            }
            return new JudgementScale(levels);
        }
    }

    /** A section as the outline gives it, before ids are settled. */
    private static final class SectionDraft {
        final int line;
        final String title;
        final List<String> introduction = new ArrayList<>();
        final List<Item> items = new ArrayList<>();

        SectionDraft(int line, String title) {
            this.line = line;
            this.title = title;
        }
    }

    /** Lower-case words joined by hyphens, at most {@code words} of them: "Open and honest" → "open-and-honest". */
    static String slug(String text, int words, String fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", " ").strip();
        if (plain.isEmpty()) {
            return fallback;
        }
        String[] parts = plain.split(" ");
        String joined = String.join("-", List.of(parts).subList(0, Math.min(words, parts.length)));
        return joined.length() > 60 ? joined.substring(0, 60).replaceAll("-+$", "") : joined;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
