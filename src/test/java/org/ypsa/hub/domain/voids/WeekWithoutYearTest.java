package org.ypsa.hub.domain.voids;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A week written without its year takes the year that puts it nearest the day the return arrived. */
class WeekWithoutYearTest {
    private static final LocalDate MID_DECEMBER = LocalDate.of(2026, 12, 10);
    private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 2);

    @Test
    void numericDayAndMonthAfterWeekCommencingIsThisYearsWeek() {
        assertThat(WeekWithoutYear.date("WC 14.12", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 14));
        assertThat(WeekWithoutYear.date("w/c 7/12", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aWeekFromOrStartingADayIsThatDaysWeek() {
        assertThat(WeekWithoutYear.date("Week from 14th Dec", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 14));
        assertThat(WeekWithoutYear.date("w/s 14/12", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 14));
    }

    @Test
    void earlyJanuarySentInDecemberIsNextYearsWeek() {
        assertThat(WeekWithoutYear.date("Mon 4th Jan", LocalDate.of(2026, 12, 30))).contains(LocalDate.of(2027, 1, 4));
        assertThat(WeekWithoutYear.date("w/c 4/1", LocalDate.of(2026, 12, 31))).contains(LocalDate.of(2027, 1, 4));
    }

    @Test
    void lateDecemberSentInJanuaryIsLastYearsWeek() {
        assertThat(WeekWithoutYear.date("28th December", NEW_YEAR)).contains(LocalDate.of(2026, 12, 28));
    }

    @Test
    void textThatIsNoDayAndMonthIsNoWeek() {
        assertThat(WeekWithoutYear.date("12/2026", MID_DECEMBER)).isEmpty();
        assertThat(WeekWithoutYear.date("Week 50", MID_DECEMBER)).isEmpty();
        assertThat(WeekWithoutYear.date("31/2", MID_DECEMBER)).isEmpty();
    }

    @Test
    void weekCommencingShortenedToWkCommIsTheWeeksDay() {
        assertThat(WeekWithoutYear.date("wk comm. 14.12", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 14));
        assertThat(WeekWithoutYear.date("Wk beg 7/12", MID_DECEMBER)).contains(LocalDate.of(2026, 12, 7));
    }
}
