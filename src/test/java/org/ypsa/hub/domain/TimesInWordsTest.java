package org.ypsa.hub.domain;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Times of day as British people say them in words, read only when the half of the day is said too. */
class TimesInWordsTest {
    @ParameterizedTest
    @CsvSource({"quarter past nine in the evening, 21:15", "half past 2 pm, 14:30", "twenty to ten at night, 21:40",
            "five to one in the afternoon, 12:55", "nine in the morning, 09:00", "ten pm, 22:00",
            "quarter to eight this morning, 07:45", "12 noon, 12:00", "midday, 12:00", "about 9pm, 21:00",
            "9 o'clock in the morning, 09:00", "8:00 in the morning, 08:00"})
    void aTimeInWordsWithItsHalfOfTheDayIsThatTime(String written, String time) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.parse(time));
    }

    @ParameterizedTest
    @CsvSource({"quarter past nine", "half past two", "nine o'clock", "about 9", "two staff present"})
    void aTimeInWordsWithoutItsHalfOfTheDayIsNoTime(String written) {
        assertThat(Dates.parseTime(written)).isEmpty();
    }
}
