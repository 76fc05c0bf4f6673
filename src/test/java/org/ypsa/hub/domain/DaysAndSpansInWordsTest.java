package org.ypsa.hub.domain;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's day of the month written as a word before its month (stop 43, inc43): "thirtieth of November 2026",
 * "the first of December". A span said to be "sometime between" two times, read as its start as "between" is. The
 * early hours of a day told from the day sent ("today in the early hours, 02:35"; tuned11 refused it).
 * Wordings invented for the test.
 */
class DaysAndSpansInWordsTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 3);

    private static String read(String written) {
        return Dates.dateAndTimeIfGiven(written, SENT, Dates.Yearless.NOT_AFTER).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "thirtieth of November 2026 at 22:30|2026-11-30T22:30",
            "Thirtieth November 2026, 22:30|2026-11-30T22:30",
            "the first of December 2026 at 1am|2026-12-01T01:00",
            "twenty-first Nov 2026 14:05|2026-11-21T14:05",
            "Saturday the twenty second of November 2026 at 9.15pm|2026-11-22T21:15"})
    void aDayOfTheMonthInWordsBeforeItsMonthIsThatDay(String written, String expected) {
        assertThat(read(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thirty-ninth of November 2026 at 22:30", "the second time 22:30"})
    void wordsThatAreNoDayOfAMonthAreNoDate(String written) {
        assertThat(read(written)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "today in the early hours, 02:35 GMT|2026-12-03T02:35",
            "yesterday in the small hours at 3.10|2026-12-02T03:10"})
    void theEarlyHoursOfADayToldFromTheDaySentAreThatDaysMorning(String written, String expected) {
        assertThat(read(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30/11/2026 sometime between 22:00 and 23:00", "30/11/2026, some time between 10pm and 11pm",
            "30/11/2026 at some point between 22:00 and 23:00"})
    void aSpanSaidToBeSometimeBetweenTwoTimesIsItsStart(String written) {
        assertThat(read(written)).isEqualTo("2026-11-30T22:00");
    }
}
