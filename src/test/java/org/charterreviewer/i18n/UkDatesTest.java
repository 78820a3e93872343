package org.charterreviewer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window and the command line read a typed date the same, UK, way; what is no date stays no date. */
class UkDatesTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2028, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"1 Mar 2028", "01/03/2028", "1/3/2028", "2028-03-01", "1-3-2028", "1.3.2028",
        "1 March 2028", " 1  mar  2028 ", "1 MARCH 2028"})
    void readsTheWaysAnOfficerWritesADayFirst(String typed) {
        assertThat(UkDates.parse(typed)).contains(FIRST_OF_MARCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "31/2/2028", "3/13/2028", "March 1 2028", "soon", "2028/03/01"})
    void findsNoDateInTextThatIsNone(String typed) {
        assertThat(UkDates.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9 Sep 2026", "9 Sept 2026", "9 September 2026"})
    void readsSeptemberEitherWay(String typed) {
        assertThat(UkDates.parse(typed)).contains(LocalDate.of(2026, 9, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-03-01", "2026-09-09", "2026-12-31"})
    void readsBackWhatADateFieldShows(String iso) {
        LocalDate date = LocalDate.parse(iso);
        assertThat(UkDates.parse(Dates.shortDay(date))).contains(date);
        assertThat(UkDates.parse(Dates.day(date))).contains(date);
    }
}
