package org.charterreviewer.report;

import static org.charterreviewer.i18n.Messages.tr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.charterreviewer.charter.Charter;
import org.charterreviewer.charter.Section;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.review.FollowUpAction;

/** How the report puts things in words: dates, sizes, where an item sits in its charter, an action's details. */
final class ReportWording {

    private final Charter charter;

    ReportWording(Charter charter) {
        this.charter = charter;
    }

    static String date(LocalDate date) {
        return date == null ? tr("report.noDate") : Dates.day(date);
    }

    static String actionDetails(FollowUpAction action) {
        return tr("report.actionDetails", owner(action), due(action), state(action));
    }

    static String owner(FollowUpAction action) {
        return action.ownerRole() == null ? tr("report.noOwner") : action.ownerRole();
    }

    static String due(FollowUpAction action) {
        return action.dueDate() == null ? tr("report.noDueDate") : date(action.dueDate());
    }

    static String state(FollowUpAction action) {
        return action.done() ? tr("report.done") : tr("report.open");
    }

    /** "Equal partnership, statement 2": where an item sits, in the charter's own words. */
    String itemLabel(String itemId) {
        for (Section section : charter.sections()) {
            for (int i = 0; i < section.items().size(); i++) {
                if (section.items().get(i).id().equals(itemId)) {
                    return tr("report.itemIn", sectionName(section), section.itemNoun().one(), i + 1);
                }
            }
        }
        return itemId;
    }

    /** "Communication: statements 1, 2, 5; Open-minded: statement 3", in charter order. */
    String supports(List<String> itemIds) {
        List<String> parts = new ArrayList<>();
        for (Section section : charter.sections()) {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < section.items().size(); i++) {
                if (itemIds.contains(section.items().get(i).id())) {
                    numbers.add(Integer.toString(i + 1));
                }
            }
            if (!numbers.isEmpty()) {
                parts.add(tr("report.supportsIn", sectionName(section),
                        section.itemNoun().forCount(numbers.size()), String.join(", ", numbers)));
            }
        }
        return String.join("; ", parts);
    }

    /** "Statement 2 of 7": an item's heading. */
    static String itemHeading(Section section, int number) {
        String noun = section.itemNoun().one();
        String capitalised = noun.isEmpty() ? noun : noun.substring(0, 1).toUpperCase(Locale.UK) + noun.substring(1);
        return tr("report.itemHeading", capitalised, number, section.items().size());
    }

    /** A section's title without a trailing colon ("We Promise:" reads as a heading, not in a list). */
    private static String sectionName(Section section) {
        String title = section.title().strip();
        return title.endsWith(":") ? title.substring(0, title.length() - 1).strip() : title;
    }
}
