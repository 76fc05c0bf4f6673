package org.ypsa.hub.domain;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A date and time joined as offices write them in one answer. */
class JoinedDateAndTimeTest {
    @Test
    void aTimeInBracketsAfterTheDateIsItsTime() {
        assertThat(Dates.parseDateTime("7/1/2027 (2.20am)")).contains(LocalDateTime.of(2027, 1, 7, 2, 20));
    }

    @Test
    void aSemicolonJoinsTheDateToItsTime() {
        assertThat(Dates.parseDateTime("15-JAN-27; about 07.40")).contains(LocalDateTime.of(2027, 1, 15, 7, 40));
    }

    @Test
    void theEndOfALabelBeforeTheDateIsNotPartOfIt() {
        assertThat(Dates.parseDateTime("it all took place: 29 December 2026 17:20"))
                .contains(LocalDateTime.of(2026, 12, 29, 17, 20));
    }

    @Test
    void theEndOfALabelBeforeADateAloneLeavesTheTimeToAnotherField() {
        assertThat(Dates.parseDateTime("happened: 09/12/2026")).isEmpty();
    }

    @Test
    void wordsAfterTheDateThatAreNoTimeAreNoDateAndTime() {
        assertThat(Dates.parseDateTime("16/1/2027 Tues-Thurs")).isEmpty();
    }
}
