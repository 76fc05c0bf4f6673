package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates without a year, two-digit years after an apostrophe, time spans and times of day in words. */
class DatesNearTheDaySentTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 1); // a Tuesday

    @ParameterizedTest
    @ValueSource(strings = {"8th Dec '09", "8 Dec \u201909"})
    void aTwoDigitYearAfterAnApostropheIsTheYear(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2009, 12, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17th Dec", "17 December", "Thu 17/12", "Thursday 17th Dec", "17/12 (approx)", "17th of Dec"})
    void aDateWithoutAYearIsTheNearestSuchDayToWhenTheFormWasSent(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).contains(LocalDate.of(2026, 12, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thur 17th Dec", "Thurs 17 Dec", "Weds 16th Dec", "Wednesday 16 Dec", "Wed. 16/12"})
    void aDayOfTheWeekShortenedAsPeopleWriteItIsADay(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).isPresent();
    }

    @Test
    void aDateWithoutAYearNearTheTurnOfTheYearIsInTheNextOrLastYear() {
        assertThat(Dates.parse("4th Jan", SENT, Dates.Yearless.NEAREST)).contains(LocalDate.of(2027, 1, 4));
        assertThat(Dates.parse("30/12", LocalDate.of(2027, 1, 2), Dates.Yearless.NEAREST))
                .contains(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aNamedDayOfTheWeekPicksTheYearInWhichTheDateFallsOnIt() {
        // 19 January is a Tuesday in 2027 and a Monday in 2026
        assertThat(Dates.parse("Tuesday 19th Jan", LocalDate.of(2026, 7, 20), Dates.Yearless.NEAREST))
                .contains(LocalDate.of(2027, 1, 19));
        assertThat(Dates.parse("Mon 19/1", LocalDate.of(2026, 7, 20), Dates.Yearless.NEAREST))
                .contains(LocalDate.of(2026, 1, 19));
    }

    @Test
    void somethingThatHasHappenedIsNotReadAsLaterThanTheDaySent() {
        LocalDate sent = LocalDate.of(2026, 6, 1);
        assertThat(Dates.parse("20th Nov", sent, Dates.Yearless.NEAREST)).contains(LocalDate.of(2026, 11, 20));
        assertThat(Dates.parse("20th Nov", sent, Dates.Yearless.NOT_AFTER)).contains(LocalDate.of(2025, 11, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17th Dec", "Thu 17/12", "30/11"})
    void withoutTheDaySentADateNeedsItsYear(String written) {
        assertThat(Dates.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.12", "17 Decimal", "17/12/2026/4"})
    void aFractionOrATimeIsNoDateWithoutAYear(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"between 14:05 and 14:35", "2.05pm-2.35pm", "from 2:05pm to about 2:35pm", "2.05-2.35pm",
            "1405 (approx)", "2.05 in the afternoon", "14:05 \u2013 14:35", "14:05 until 14:35"})
    void aSpanOfTimeIsReadAsItsStart(String written) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.of(14, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.35 in the morning", "1:35am", "0135 (approx)"})
    void theMorningIsBeforeNoon(String written) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.of(1, 35));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21/12/2026 (approx) 2105 (approx)", "9.05pm-9.35pm on 21st Dec '26",
            "from 9:05pm to about 9:35pm on 21st Dec '26", "21st Dec '26, 9.05 in the evening",
            "Mon 21st December 2026 \u2013 from 9:05pm to about 9:35pm", "21/12/2026 (approx) from 9:05pm to about 9:35pm"})
    void aDateWithASpanOrAnApproximateTimeIsReadAtTheStart(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2026, 12, 21, 21, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21st Dec 9:05 pm", "Mon 21/12 21:05", "21:05 on Mon 21/12"})
    void aDateAndTimeWithoutAYearIsReadNearTheDaySent(String written) {
        assertThat(Dates.parseDateTime(written, LocalDate.of(2026, 12, 23), Dates.Yearless.NOT_AFTER))
                .contains(LocalDateTime.of(2026, 12, 21, 21, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23rd Dec", "Tuesday 1st Dec", "Mon 21/12", "Sat 29/2", "30th November (approx)"})
    void aDayAndAMonthWithoutAYearReadAsADateWhateverTheYear(String written) {
        assertThat(Dates.isDayAndMonth(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"21/12", "24/7", "23 Dec 2026", "3 beds", "Decided"})
    void aBareDayAndMonthWithNumbersOrAFullDateIsNotADayAndMonthWithoutAYear(String written) {
        assertThat(Dates.isDayAndMonth(written)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14th Dec 11:10 pm", "Sat 23/1 0305", "2305 on Mon 21/12"})
    void aDayAndMonthWithoutAYearAndATimeReadAsADateAndTime(String written) {
        assertThat(Dates.isDayAndMonthAndTime(written)).isTrue();
    }
}
