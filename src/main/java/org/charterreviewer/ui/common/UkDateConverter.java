package org.charterreviewer.ui.common;

import java.time.LocalDate;
import javafx.util.StringConverter;
import org.charterreviewer.i18n.Dates;
import org.charterreviewer.i18n.UkDates;

/**
 * A date picker's converter: shows a date as every date field does ("9 Mar 2026") and reads back what
 * the officer typed the UK way ({@link UkDates}). Text that is no date gives null, which the forms
 * report in plain words.
 */
public final class UkDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return Dates.shortDay(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return UkDates.parse(text).orElse(null);
    }
}
