package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's date and time told from the day the mail was sent (issue 14, tuned10 round), as a duty worker reads
 * it from the mail's date. Wordings invented for these tests; the mail is sent on Wednesday 16 December 2026.
 */
class TimeToldFromTheDaySentTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 16);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "last night around 10.25pm|2026-12-15T22:25",
        "late last night, 11.05|2026-12-15T23:05",
        "last night at 1.15|2026-12-16T01:15",
        "yesterday teatime - 17:35|2026-12-15T17:35",
        "yesterday at 0920 hrs|2026-12-15T09:20",
        "Yesterday evening at 8.50|2026-12-15T20:50",
        "this afternoon @ 3.40pm (15:40)|2026-12-16T15:40",
        "early this morning (05:20)|2026-12-16T05:20",
        "during the small hours of this morning, 03:45|2026-12-16T03:45",
        "today at 12:30|2026-12-16T12:30",
        "tonight, 7.05|2026-12-16T19:05",
        "21:15 last night|2026-12-15T21:15",
        "9.30am this morning|2026-12-16T09:30",
        "the day before yesterday at 16:00|2026-12-14T16:00"})
    void aTimeToldFromTheMailsDayIsOnTheDayItNames(String written, String at) {
        assertThat(Dates.parseDateTime(written, SENT, Dates.Yearless.NOT_AFTER)).contains(LocalDateTime.parse(at));
    }

    @Test
    void withoutTheDayTheMailWasSentOrATimeTheWordsNameNoDate() {
        assertThat(Dates.parseDateTime("last night at 22:25")).isEmpty();
        assertThat(Dates.parseDateTime("yesterday", SENT, Dates.Yearless.NOT_AFTER)).isEmpty();
        assertThat(Dates.parseDateTime("last night, 9.40pm (20:40)", SENT, Dates.Yearless.NOT_AFTER)).isEmpty();
    }

    @Test
    void aValueToldFromTheMailsDayIsReadAsADateAndTime() {
        assertThat(Dates.isDayAndMonthAndTime("yesterday afternoon, 4.10pm")).isTrue();
        assertThat(Dates.dateAndTimeIfGiven("yesterday afternoon, 4.10pm", SENT, Dates.Yearless.NOT_AFTER))
                .contains("2026-12-15T16:10");
    }
}
