package org.ypsa.hub.domain.voids;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words heading a void return's week, shortened as providers shorten them (stop 42, date42): "w/comm",
 * "W/commencing", "w/beg", "w/start", and "WC" or "WB" after words of the return's title ("Void return - WC
 * 30.11.26"). The date after them is the week, as after "w/c". Wordings invented for the test.
 */
class WeekWordsShortenedTest {
    private static final LocalDate ARRIVED = LocalDate.of(2026, 11, 30);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"w/com 30/11/26", "W/comm 30.11.2026", "W/Comm. 30/11", "W/commencing 30/11/26",
            "w/beg 30/11", "w/beginning 30th Nov", "w/start 30/11/2026"})
    void aShortenedWeekCommencingHeadsItsDate(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(MONDAY);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Void return - WC 30.11.26", "Voids wb 30/11/2026", "Bed availability, WC: 30/11"})
    void wcOrWbAfterATitleHeadsTheWeek(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(MONDAY);
    }
}
