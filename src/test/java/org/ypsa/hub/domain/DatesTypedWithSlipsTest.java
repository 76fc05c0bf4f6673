package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times with the slips of a hurried typist: a space before the ordinal, a semicolon for the colon. */
class DatesTypedWithSlipsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8 th Aug 09|2009-08-08", "21 st Dec 26|2026-12-21", "2 nd Dec 10|2010-12-02",
            "20 th July 08|2008-07-20", "3 rd of March 2011|2011-03-03", "16 th Jan. 27|2027-01-16"})
    void aSpaceTypedBeforeTheDaysOrdinalDoesNotStopTheDateBeingRead(String written, String date) {
        assertThat(Dates.parse(written)).contains(LocalDate.parse(date));
    }

    @Test
    void anOrdinalWithNoMonthAfterItIsStillNoDate() {
        assertThat(Dates.parse("8 th")).isEmpty();
        assertThat(Dates.parse("8 th floor")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"19;20|19:20", "approx 14;55|14:55", "9;05|09:05", "05;05.|05:05"})
    void aTimeTypedWithASemicolonForItsColonIsThatTime(String written, String time) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.parse(time));
    }

    @Test
    void aSemicolonBetweenFiguresThatAreNoHourAndMinutesIsNoTime() {
        assertThat(Dates.parseTime("25;10")).isEmpty();
        assertThat(Dates.parseTime("14;5")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"21/1/27 19;20|2027-01-21T19:20", "20/12/2026 at approx 14;55|2026-12-20T14:55",
            "15 th Dec 26 10.05.|2026-12-15T10:05", "13/12/2026. 05;05|2026-12-13T05:05",
            "19-01-2027 09;20|2027-01-19T09:20", "6 th Dec 26 0145|2026-12-06T01:45"})
    void aDateAndTimeWithTheseSlipsIsRead(String written, String at) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.parse(at));
    }
}
