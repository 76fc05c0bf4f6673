package org.ypsa.hub.domain;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's time with the marks staff in British offices put on it (stop 42, date42): a tilde for "about"
 * ("~22:30"), "hr" as well as "hrs" after a 24-hour time ("2200 hr", "22:00hr") and "half ten" for half past ten.
 * None of them changes the time, and none makes a time out of an hour that could be either half of the day
 * ("half 2" with no "pm" is still no time). Wordings invented for the test.
 */
class TimesWithBritishMarksTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 3);

    private static String read(String written) {
        return Dates.dateAndTimeIfGiven(written, SENT, Dates.Yearless.NOT_AFTER).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1/12/2026 ~22:30", "1/12/2026 ~ 22:30", "~22:30 on 1/12/2026"})
    void aTildeBeforeATimeHedgesIt(String written) {
        assertThat(read(written)).isEqualTo("2026-12-01T22:30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1/12/2026 22:00hr", "1/12/2026 2200 hr", "1/12/2026 22.00 Hr.", "01/12/2026 @ 2200hr"})
    void hrAfterATimeIsItsClockAsHrsIs(String written) {
        assertThat(read(written)).isEqualTo("2026-12-01T22:00");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1st Dec 2026 half ten pm", "1/12/2026 at half ten at night",
            "1/12/2026 about half 10 pm"})
    void halfAnHourIsHalfPastIt(String written) {
        assertThat(read(written)).isEqualTo("2026-12-01T22:30");
    }

    /** Stop 72 (tuned34 w14-sg-01): a time said in words with its clock in brackets after it is that time. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tue 1st Dec 2026 half 10 at night (22.30)", "1/12/2026 half ten at night (22:30)",
            "1/12/2026 half past ten pm (22.30hrs)"})
    void aTimeInWordsWithItsClockInBracketsIsThatTime(String written) {
        assertThat(read(written)).isEqualTo("2026-12-01T22:30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"half 10 at night (23.30)", "half ten at night (10:30)"})
    void aTimeInWordsWithAnotherClockInBracketsIsNoTime(String written) {
        assertThat(Dates.parseTime(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"half 2", "half two"})
    void halfAnHourWithNoHalfOfTheDayIsNoTime(String written) {
        assertThat(Dates.parseTime(written)).isEmpty();
    }
}
