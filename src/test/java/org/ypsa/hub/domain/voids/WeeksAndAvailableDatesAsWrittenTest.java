package org.ypsa.hub.domain.voids;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A void return's week and a bed's available date as providers write them (round tuneT): the words heading a week with
 * a colon or dots after them ("W/C:", "w.c.", "wk comm", "Week of"), a week's number with its date (the number must be
 * the date's week), a day and month without a year after "from". Wordings invented for the test.
 */
class WeeksAndAvailableDatesAsWrittenTest {
    private static final LocalDate ARRIVED = LocalDate.of(2026, 12, 1);
    private static final LocalDate WEEK = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"W/C: 30/11/2026", "w.c. 30/11/2026", "wk comm 30/11/26", "Week of 30/11/2026",
            "Week beginning: 30/11/2026", "Week Commencing - 30th November 2026", "W/C: Mon 30th Nov", "Week 49 (30/11/2026)",
            "Wk 49 - 30/11/2026", "Week beginning Monday 30th November", "Week commencing 30/11/2026", "Week: 30/11/2026", "Wk. 30/11/26"})
    void aWeekHeadedWithItsWordsIsTheDateGiven(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(WEEK);
    }

    @Test
    void aWeeksNumberThatIsNotItsDatesWeekIsNoWeek() {
        assertThat(VoidReturnValidator.dateOf("Week 48 (30/11/2026)", ARRIVED)).isEmpty();
    }

    @Test
    void aWeekCommencesOnTheDateGivenEvenWhenItIsNoMonday() {
        assertThat(VoidReturnValidator.dateOf("w/c 1/12/2026", ARRIVED)).contains(LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from 7th Dec", "From Monday 7th Dec", "from 7/12", "From Mon 7th"})
    void anAvailableDateWithoutItsYearIsTheNearestSuchDay(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(LocalDate.of(2026, 12, 7));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TBC after repairs", "after repairs", "ASAP", "End of Dec", "TBC"})
    void wordsThatAreNoDateAreNone(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30-6 Dec 2026", "30th Nov-6th Dec", "Nov 30 - Dec 6", "30/11 - 6/12/2026"})
    void aWeekWrittenAsItsFirstAndLastDaysIsItsFirstDay(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(WEEK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7-13 Dec 2026", "7th-13th December", "Dec 7-13", "December 7th - 13th 2026"})
    void daysOfOneMonthWrittenOnceAfterOrBeforeThemAreAWeekFromTheFirst(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(LocalDate.of(2026, 12, 7));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Voids for w/c 30/11/2026", "Return - week commencing 30th Nov", "30/11/2026 at 09:00",
            "30th Nov 2026 - as at 9am", "30/11/2026 wk 49", "Mon 30 Nov 2026 (week 49)", "November 30th",
            "30/11/2026 as at 1400hrs", "30/11/2026 at 10 in the morning", "30/11/2026 09:30", "30/11/2026 @ 10am",
            "30 Nov 2026, 9.30am", "Monday 30/11/2026 - 9:00", "Wk/c 30/11/2026"})
    void wordsAroundAWeeksDateThatNameNoOtherDayLeaveTheDate(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(WEEK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30/11/2026 wk 48", "7-20 Dec 2026", "Voids for w/c 30/11/2026 and 7/12/2026", "13-7 Dec 2026",
            "30.11 - 14.12"})
    void aWeeksWordsThatDisagreeOrNameTwoWeeksAreNoWeek(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).isEmpty();
    }

    @Test
    void aWeeksNumberAloneIsReadOnlyInAYearWhereDiariesNumberWeeksAlike() {
        // 2026 began on a Thursday: ISO's week 49 and Outlook's are both the week of Monday 30 November
        assertThat(WeekWithoutYear.numbered("Week 49", LocalDate.of(2026, 12, 2))).contains(LocalDate.of(2026, 11, 30));
        // 2027 begins on a Friday: Outlook's week 49 is the week of 29 November, ISO's that of 6 December
        assertThat(WeekWithoutYear.numbered("Week 49", LocalDate.of(2027, 12, 1))).isEmpty();
    }
}
