package org.ypsa.hub.domain;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's time after midnight in a night named by one day (stop 43, inc43): "night of 30/11 at 1am" is 1am of the
 * 30th to some writers and of the 1st (the night that began on the evening of the 30th) to many others. A wrong day
 * routed to duty staff is worse than a question, so it is no date and time and the sender is asked, as "midnight" on a
 * day already is. The night's two days ("night of 30th/1st"), an evening time, and the early hours of a day say which.
 * Wordings invented for the test.
 */
class ANightNamedByOneDayIsAskedTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 3);

    private static String read(String written) {
        return Dates.dateAndTimeIfGiven(written, SENT, Dates.Yearless.NOT_AFTER).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"night of 30/11/2026 at 1am", "night of 30/11 at 1am", "30/11/2026 night, 01:30",
            "the night of Monday 30th November 2026, about 1am", "30/11/2026 overnight, 3am",
            "Mon 30/11/2026 (night) 02:15", "night of 11/12 at 1am"})
    void aTimeAfterMidnightInANightOfOneDayIsNoDateAndTime(String written) {
        assertThat(read(written)).isNull();
        assertThat(Dates.nightOfNoClearDay(written, SENT, Dates.Yearless.NOT_AFTER)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "night of 29th/30th November 2026 at 1am|2026-11-30T01:00",
            "the night of 30th/1st December 2026, 1.30am|2026-12-01T01:30",
            "night of 30-1 Dec 2026 at 01:30|2026-12-01T01:30",
            "the night of 30th into 1st December 2026 at 23:15|2026-11-30T23:15"})
    void aNightOfTwoDaysPutsItsSmallHoursOnTheLaterDay(String written, String expected) {
        assertThat(read(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "night of 30/11/2026 at 23:30|2026-11-30T23:30",
            "30/11/2026 night, 22.40|2026-11-30T22:40",
            "early hours of 1/12/2026, 1am|2026-12-01T01:00",
            "30/11/2026 at around 1am|2026-11-30T01:00",
            "night of 11/12/2026 at 23:00|2026-12-11T23:00",
            "last night at 2.10|2026-12-03T02:10"})
    void aNightsEveningTheEarlyHoursOfADayOrANightToldFromTheDaySentAreRead(String written, String expected) {
        assertThat(read(written)).isEqualTo(expected);
        assertThat(Dates.nightOfNoClearDay(written, SENT, Dates.Yearless.NOT_AFTER)).isFalse();
    }
}
