package org.ypsa.hub.domain;

import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies state the times an admin configured (schedules.yml) in words: a council that sets the care planning
 * meeting "after: PT2H" instead of working days, or progress reviews every six weeks, is told so truly.
 */
class ConfiguredTimesInWordsTest {

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"PT2H, 2 hours", "PT1H, 1 hour", "PT30M, 30 minutes", "PT90M, 90 minutes", "P2D, 48 hours"})
    void aClockStepsDelayReadsInHoursOrMinutes(String iso, String words) {
        assertThat(Wording.duration(Duration.parse(iso))).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"P3M, 3 months", "P1Y, 1 year", "P14D, 14 days", "P1M, 1 month", "P1Y6M, 1 year and 6 months"})
    void aReviewIntervalReadsInYearsMonthsAndDays(String iso, String words) {
        assertThat(Wording.period(Period.parse(iso))).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void aStepWithNoDelayReadsAsAWhileNotAsNothing() {
        assertThat(Wording.duration((Duration) null)).isEqualTo("a while");
    }
}
