package org.ypsa.hub.domain;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF's text can break a date's four-digit year across two runs: the whole value is still that one date. */
class YearSplitByAPdfTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"19/11/20 09, 2009-11-19", "09/04/200 6, 2006-04-09", "3.2.2 008, 2008-02-03", "28-02-19 99, 1999-02-28",
            "01/12/20 10, 2010-12-01"})
    void aYearBrokenByOneSpaceIsOneYear(String raw, String date) {
        assertThat(Dates.parse(raw)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0} is no date")
    @ValueSource(strings = {"19/11/20 9", "19/11/2 0 09", "19/11/30 09", "19/11/20 09 extra"})
    void digitsThatMakeNoYearAreNoDate(String raw) {
        assertThat(Dates.parse(raw)).isEmpty();
    }
}
