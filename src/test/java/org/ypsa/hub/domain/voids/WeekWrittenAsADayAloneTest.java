package org.ypsa.hub.domain.voids;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A week commencing written as its Monday's day of the month alone, and a week written as a range without spaces. */
class WeekWrittenAsADayAloneTest {
    private static final LocalDate ARRIVED = LocalDate.of(2026, 11, 26);

    @ParameterizedTest
    @ValueSource(strings = {"w/c 30th", "wk beg. Mon 30th", "W/C: 30th", "Monday the 30th", "30th"})
    void aWeekCommencingWrittenAsADayAloneIsTheOnlyMondayOnThatDayWithinThreeWeeks(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(LocalDate.of(2026, 11, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"w/c 31st", "w/c 1st", "w/c 29th"})
    void aDayAloneThatIsNoMondayNearTheDayItArrivedIsNoWeek(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/11-06/12", "30/11/2026-06/12/2026", "w/c 30.11-6.12"})
    void aWeekWrittenAsARangeWithADashAndNoSpacesIsItsFirstDay(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(LocalDate.of(2026, 11, 30));
    }
}
