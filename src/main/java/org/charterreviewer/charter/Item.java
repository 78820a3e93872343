package org.charterreviewer.charter;

import java.util.Optional;

/**
 * One promise, statement, right or commitment, in the charter's own words, with optional guidance.
 *
 * @param number the number or label the charter publishes for it ("3", "b)"), or null
 * @param title  a short name the charter gives it ("Open and honest"), or null; the text follows it
 */
public record Item(String id, String number, String title, String text, Guidance guidance) {

    /** An item as format 1 knows it: no number, no title. */
    public Item(String id, String text, Guidance guidance) {
        this(id, null, null, text, guidance);
    }

    public Optional<Guidance> optionalGuidance() {
        return Optional.ofNullable(guidance);
    }

    /** Its title and text as one line: "Open and honest — Honest communication…", or the text alone. */
    public String fullText() {
        return title == null ? text : title + " — " + text;
    }

    /** As {@link #fullText()}, led by the published number when there is one: "3. Open and honest — …". */
    public String numberedText() {
        if (number == null) {
            return fullText();
        }
        return number + (number.matches(".*[.):]$") ? " " : ". ") + fullText();
    }
}
