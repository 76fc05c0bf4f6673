package org.ypsa.hub.domain;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's time written beside its date as staff write it: the time first with its half of the day apart from
 * it ("2.00 am 17th Jan 2027"), a part of the day in words with the time ("late evening (approx 23:00)", "on the
 * evening of 5/12/2026 at 11"). A part of the day that the time contradicts is no time. Values invented for the test.
 */
class TimeBesideItsDateTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"2.00 am 17th Jan 2027 | 2027-01-17T02:00", "11.15 pm 3 March 2027 | 2027-03-03T23:15",
            "9 a.m. 04/02/2027 | 2027-02-04T09:00", "10:30 pm Friday 8 January 2027 | 2027-01-08T22:30",
            "5th Dec 2026, late evening (approx 23:00) | 2026-12-05T23:00", "05/12/2026 evening, 9.30 | 2026-12-05T21:30",
            "05/12/2026 - early morning (04:10) | 2026-12-05T04:10", "05/12/2026 in the afternoon at 3 | 2026-12-05T15:00",
            "on the evening of 5/12/2026 at 11 | 2026-12-05T23:00", "the morning of 6 Dec 2026 at 7.45 | 2026-12-06T07:45",
            "on the night of 05.12.2026 at 23.30 | 2026-12-05T23:30"})
    void aTimeBesideItsDateIsRead(String raw, String expected) {
        assertThat(Dates.parseDateTime(raw)).contains(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} is no date and time")
    @ValueSource(strings = {"05/12/2026 morning, 11pm", "05/12/2026 evening (09:00)", "on the evening of 5/12/2026",
            "the morning of 6 Dec 2026 at 3pm"})
    void aPartOfTheDayTheTimeContradictsOrNoTimeAtAllIsNoDateAndTime(String raw) {
        assertThat(Dates.parseDateTime(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"at about 5.35 in the evening (approx., as staff recall) on 15/12/2026 | 2026-12-15T17:35",
            "approx. 2.05pm (14:05 hrs) on 15/12/2026 | 2026-12-15T14:05"})
    void aLongTimeBeforeItsDateIsStillRead(String raw, String expected) {
        assertThat(Dates.parseDateTime(raw)).contains(LocalDateTime.parse(expected));
    }

    /** An answer that is not a date and time, put where one was asked, is read whole and refused (its cost: HubBenchmark). */
    @org.junit.jupiter.api.Test
    void aLongAnswerEndingInANumberIsNoDateAndTime() {
        String answer = "she left the flat after an argument with mum and went to a friend's and then ".repeat(40);
        assertThat(Dates.parseDateTime(answer + "12 of them")).isEmpty();
        assertThat(Dates.parseDateTime("2.05pm " + answer + " 15/12/2026")).isEmpty();
    }
}
