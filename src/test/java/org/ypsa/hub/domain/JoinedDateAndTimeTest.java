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
    void aSpacedSlashJoinsTheDateToItsTimeAsADateSlashTimeLabelAsks() {
        assertThat(Dates.parseDateTime("01.12.2026 / 21:40")).contains(LocalDateTime.of(2026, 12, 1, 21, 40));
        assertThat(Dates.parseDateTime("01/12 / 2026")).as("the year after a spaced slash is no time")
                .isNotEqualTo(java.util.Optional.of(LocalDateTime.of(2026, 12, 1, 20, 26)));
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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', value = {"14/02/2027 | 6.10pm", "2027/02/14 -- 18:10",
            "14.2.2027. Time: 6:10 pm", "14-Feb-2027 - time: 1810 (24 hour clock)", "14th/Feb/2027, at 18.10 (24h)"})
    void aBarADoubleDashOrATimeLabelJoinsTheDateToItsTime(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2027, 2, 14, 18, 10));
    }

    @Test
    void aTimeSaidToBeJustAfterTheOneWrittenIsThatTime() {
        assertThat(Dates.parseDateTime("14/02/2027 | 6.10pm or just after")).contains(LocalDateTime.of(2027, 2, 14, 18, 10));
        assertThat(Dates.parseDateTime("6.10pm or just after hrs, 14/02/2027")).contains(LocalDateTime.of(2027, 2, 14, 18, 10));
        assertThat(Dates.parseTime("just after 6.10pm")).contains(java.time.LocalTime.of(18, 10));
    }

    @Test
    void aTimeWithItsPartOfTheDayBeforeHrsAndTheDateIsThatTime() {
        assertThat(Dates.parseDateTime("6:10 in the morning hrs, 14/02/2027")).contains(LocalDateTime.of(2027, 2, 14, 6, 10));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '#', value = {"6.35pm (18:35), 03MAR2027 # 2027-03-03T18:35",
            "3 Mar 2027 06:35 (6.35am) # 2027-03-03T06:35", "03.03.2027 Estimated time it happened 6.35pm # 2027-03-03T18:35",
            "3/3/2027 time of the event: 18:35 # 2027-03-03T18:35"})
    void aTimeWithTheOtherClocksFormInBracketsOrAfterItsOwnLabelIsThatTime(String written, String at) {
        // the same time both ways, before or after the date; the time's own label run in between date and time
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.parse(at));
        assertThat(Dates.parseTime("11.05pm (23:05)")).contains(java.time.LocalTime.of(23, 5));
    }

    @Test
    void aTimeWhoseBracketSaysAnotherTimeIsNoTime() {
        assertThat(Dates.parseTime("6.35pm (06:35)")).isEmpty();
        assertThat(Dates.parseDateTime("3 Mar 2027 6.35pm (06:35)")).isEmpty();
    }
}
