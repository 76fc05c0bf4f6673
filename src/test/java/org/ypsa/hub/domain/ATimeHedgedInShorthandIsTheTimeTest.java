package org.ypsa.hub.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Stop 62 (words62): a time hedged in shorthand, as staff type on a phone ("abt 7", "arnd 9pm", "aprox 21:15"), is the
 * time, as "about" and "approx" are; a month-first date before it is still the date. Wordings invented here.
 */
class ATimeHedgedInShorthandIsTheTimeTest {
    @Test
    void aMonthFirstDateThenAbtAndTheTimeIsThatDateAndTime() {
        assertThat(Dates.parseDateTime("Feb 9 2027 abt 21:30")).contains(LocalDateTime.of(2027, 2, 9, 21, 30));
        assertThat(Dates.parseDateTime("9 Feb 2027 abt. 9.30pm")).contains(LocalDateTime.of(2027, 2, 9, 21, 30));
    }

    @Test
    void arndAndAproxHedgeATimeAsAroundAndApproxDo() {
        assertThat(Dates.parseDateTime("9/2/2027 arnd 9pm")).contains(LocalDateTime.of(2027, 2, 9, 21, 0));
        assertThat(Dates.parseDateTime("09.02.27 aprox 21:15")).contains(LocalDateTime.of(2027, 2, 9, 21, 15));
    }

    @Test
    void aTimeAloneHedgedInShorthandIsTheTime() {
        assertThat(Dates.parseTime("abt 7.05pm")).contains(java.time.LocalTime.of(19, 5));
    }
}
