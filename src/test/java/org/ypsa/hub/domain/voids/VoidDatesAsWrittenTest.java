package org.ypsa.hub.domain.voids;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in a void return as they reach the hub: figures cut by a space where a PDF's text was split, no year. */
class VoidDatesAsWrittenTest {
    private static final LocalDate ARRIVED = LocalDate.of(2027, 1, 8);

    @ParameterizedTest
    @ValueSource(strings = {"11/01/202 7", "1 1/01/2027", "11.01.20 27", "11 / 01 / 2027"})
    void aDatesFiguresCutByASpaceAreOneDate(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(LocalDate.of(2027, 1, 11));
    }

    @Test
    void numbersWithoutTheSeparatorsOfADateAreNoDate() {
        assertThat(VoidReturnValidator.dateOf("11 01 2027 3", ARRIVED)).isEmpty();
        assertThat(VoidReturnValidator.dateOf("4 5", ARRIVED)).isEmpty();
    }

    @Test
    void aDayWrittenWithItsWeekdayAndNoYearIsTheNearestSuchDay() {
        assertThat(VoidReturnValidator.dateOf("Thurs 14 Jan", ARRIVED)).contains(LocalDate.of(2027, 1, 14));
        assertThat(VoidReturnValidator.dateOf("Tue 29/12", ARRIVED)).contains(LocalDate.of(2026, 12, 29));
    }

    @Test
    void aWeekInALineOfWordsIsTheDateAfterItsLabel() {
        assertThat(VoidReturnReader.weeksInWords("OCC voids - Week Commencing 11/01/2027 - final"))
                .containsExactly("11/01/2027");
        assertThat(VoidReturnReader.weeksInWords("Beds return wb 11.1.27")).containsExactly("11.1.27");
        assertThat(VoidReturnReader.weeksInWords("Weekly beds return")).isEmpty();
        assertThat(VoidReturnReader.weeksInWords("Room 2 becomes free next week")).isEmpty();
    }
}
