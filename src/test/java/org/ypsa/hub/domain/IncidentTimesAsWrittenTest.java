package org.ypsa.hub.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's date and time as staff write them in one field (round tuneT): "the" before the day, a 24-hour time
 * with "pm", a span ending at midnight, the early hours, seconds, hedges after a day told from the mail's date. A date
 * with words saying the time is not known is that day with no time; a time that could be either of two is none.
 * Wordings invented for the test.
 */
class IncidentTimesAsWrittenTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);

    private static String read(String written) {
        return Dates.dateAndTimeIfGiven(written, SENT, Dates.Yearless.NOT_AFTER).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"At 23:40 on the 29th November 2026", "On the 29th of November 2026 at 23:40",
            "Sunday the 29th of November 2026 at 23:40", "29/11/2026 23:40pm", "Night of Sun 29/11/2026, around 23:40",
            "29-11-2026 23:40:00", "29/11/2026 from approx 23:40", "29/11/2026 In the evening at about 23:40"})
    void aDateAndTimeWithTheWordsPeopleUseIsThatDateAndTime(String written) {
        assertThat(read(written)).isEqualTo("2026-11-29T23:40");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 between 11pm and midnight", "29/11/2026 11pm-midnight",
            "29/11/2026 from 23:00 onwards"})
    void aSpanOfTimeIsItsStart(String written) {
        assertThat(read(written)).isEqualTo("2026-11-29T23:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 in the early hours (03:10)", "early hours of 29/11/2026 (03:10)"})
    void theEarlyHoursAreTheSmallHoursOfThatDay(String written) {
        assertThat(read(written)).isEqualTo("2026-11-29T03:10");
    }

    @Test
    void theEarlyHoursAreNoAfternoon() {
        assertThat(read("29/11/2026 in the early hours (3pm)")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 - time not known", "29/11/2026 time unknown", "29/11/2026 (time unknown)",
            "Sun 29/11/2026, late evening", "29/11/2026 N/K"})
    void aDateWithWordsSayingNoTimeIsTheDayWithNoTime(String written) {
        assertThat(read(written)).isEqualTo("2026-11-29");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 23:40 evening", "29/11/2026 at 8", "29/11/2026 sometime after 10pm",
            "29/11/2026 just before midnight", "29/11/2026 23:40 - 30/11/2026 01:00", "29/11/2026 between 11 and midnight"})
    void aTimeThatCouldBeEitherOfTwoIsNone(String written) {
        assertThat(read(written)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 around midnight", "Midnight on Sun 29th November 2026", "29/11/2026 12 midnight",
            "29/11/2026 at midnight", "last night at midnight", "midnight on the night of 29th/2nd December 2026"})
    void aMidnightBesideADayIsNoneForItCouldBeEitherNight(String written) {
        assertThat(Dates.midnightOfNoClearDay(written)).isTrue();
        assertThat(read(written)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"midnight on the night of 29th/30th November 2026", "Night of the 29th-30th Nov 2026, midnight"})
    void midnightOnTheNightOfTwoDaysIsTheLaterDaysFirstMinute(String written) {
        assertThat(read(written)).isEqualTo("2026-11-30T00:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 00:00", "29/11/2026 midnight (00:00)", "29/11/2026 between 11pm and midnight"})
    void midnightWrittenOnTheClockOrEndingASpanIsRead(String written) {
        assertThat(Dates.midnightOfNoClearDay(written)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2026 11.40", "29/11/2026 11:40", "11.40 on 29/11/2026"})
    void aTimeWithoutItsHalfOfTheDayIsReadOnTheTwentyFourHourClock(String written) {
        // decided in round tuneW: the forms ask for 24-hour times (SPEC.md "21/11/2026 22:40"), so "11.40" is 11:40
        assertThat(read(written)).isEqualTo("2026-11-29T11:40");
        assertThat(read("29/11/2026 23.40")).isEqualTo("2026-11-29T23:40");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29 Nov 2340", "Sun 29th Nov, 2340", "29th November - 2340 (approx)", "29/11 - 2340",
            "29/11. 2340", "29/11 (Sun) - 23:40", "29/11 - 11.40pm", "Sunday 29th November. 2340 hrs"})
    void aFourFigureTimeAfterADayAndMonthIsNoYear(String written) {
        // round tuneW: "29 Nov 2340" was routed as 29/11/2340, "29/11 - 23:40" refused (read as 29/11/2023 and ":40")
        assertThat(read(written)).isEqualTo("2026-11-29T23:40");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"29/11/2340", "29 Nov 1405", "2340-11-29"})
    void aYearFarFromNowIsNoDatesYear(String written) {
        assertThat(Dates.parse(written)).isEmpty();
    }

    @Test
    void theEarlyHoursOfADayToldFromTheMailsDateAreThatDaysSmallHours() {
        // round tuneW: t11-sg-001 "early hours of yesterday, 0105 hours" (without "in the") was not read
        assertThat(read("early hours of yesterday, 0105 hours")).isEqualTo("2026-11-30T01:05");
        assertThat(Dates.isToldFromTheDaySent("early hours of yesterday, 0105 hours")).isTrue();
        assertThat(Dates.isToldFromTheDaySent("29/11/2026 01:05")).isFalse();
    }

    @Test
    void aHedgeAfterADayToldFromTheMailsDateDoesNotChangeTheTime() {
        assertThat(read("last night at about 11")).isEqualTo("2026-11-30T23:00");
        assertThat(read("yesterday afternoon around 2")).isEqualTo("2026-11-30T14:00");
    }
}
