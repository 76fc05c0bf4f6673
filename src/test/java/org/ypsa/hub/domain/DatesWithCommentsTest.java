package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times with the comments and hedges people write round them. */
class DatesWithCommentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"14/03/2008 (approx)", "14/03/2008 (checked)", "14 March 2008 (tbc)", "Fri 14th Mar 2008",
            "14-Mar-2008", "14.Mar.2008", "14/03/2008 (Fri)", "14/03/2008 approx", "c. 14/03/2008"})
    void aCommentInBracketsOrAHedgeSaysNothingAboutTheDate(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2008, 3, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"around 14:05", "c. 14:05", "circa 14:05", "roughly 2:05pm", "1405hrs (roughly)",
            "14:05 (24hr)", "14:05 (24 hour clock)", "2.05 pm approx", "14.05hrs", "14:05 or so"})
    void aHedgeOrAClockNoteSaysNothingAboutTheTime(String written) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.of(14, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c. 14:05 (8/12/2026)", "On 8 December 2026 (tbc) at 14:05 (24hr)",
            "1405hrs (roughly) (8th Dec 2026)", "08/12/2026 (Tues) 14:05 (24hr)", "8.Dec.2026 14:05 (24hr)",
            "8-Dec-2026 \u2013 14:05hrs", "On 8 Dec 2026 at 14:05"})
    void aDateAndTimeKeepTheirValuesWithCommentsBetweenAndAround(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2026, 12, 8, 14, 5));
    }

    @Test
    void aFourDigitNumberWithHoursAfterADayAndMonthIsTheTimeNotTheYear() {
        assertThat(Dates.parseDateTime("Tues 8th Dec 1405hrs (roughly)", LocalDate.of(2026, 12, 10),
                Dates.Yearless.NOT_AFTER)).contains(LocalDateTime.of(2026, 12, 8, 14, 5));
        assertThat(Dates.parse("8th Dec 1405hrs")).isEmpty();
    }
}
