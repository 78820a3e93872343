package org.charterreviewer.ui.reviews;

/**
 * One entry of a filter or picker list: a value (null for "any") and the words the officer sees.
 * {@code toString} is the label, so combo boxes and screen readers show it without a cell factory.
 */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
