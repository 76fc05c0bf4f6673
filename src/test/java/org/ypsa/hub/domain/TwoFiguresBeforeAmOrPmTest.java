package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times of incidents as staff write them: an hour after a day and month, a "when" told in words. */
class TwoFiguresBeforeAmOrPmTest {
    private static final LocalDate SENT = LocalDate.of(2026, 11, 29);

    @Test
    void twoFiguresFollowedByAmOrPmAreAnHourNotAYear() {
        assertThat(Dates.parseDateTime("Sat 28 Nov 11pm", SENT, Dates.Yearless.NOT_AFTER))
                .contains(LocalDateTime.of(2026, 11, 28, 23, 0));
        assertThat(Dates.parseDateTime("28 Nov 11 p.m.", SENT, Dates.Yearless.NOT_AFTER))
                .contains(LocalDateTime.of(2026, 11, 28, 23, 0));
        assertThat(Dates.parse("Sat 28 Nov 11pm")).isEmpty();
        assertThat(Dates.parseDateTime("28 Nov 26 11pm")).contains(LocalDateTime.of(2026, 11, 28, 23, 0));
        assertThat(Dates.parse("28 Nov 11")).contains(LocalDate.of(2011, 11, 28));
    }

    @Test
    void aWhenAnsweredWithoutFiguresYieldsToTheDateAndTimeFields() {
        assertThat(Dates.combine("last night", "28/11/2026", "23:00")).isEqualTo("28/11/2026 23:00");
        assertThat(Dates.combine("Police came to search the room.", "6/12/2026", "2:45 am"))
                .isEqualTo("6/12/2026 2:45 am");
        assertThat(Dates.combine("last night", "", "23:00")).isEqualTo("last night");
        assertThat(Dates.combine("last night", "not sure", "")).isEqualTo("last night");
    }
}
