package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incident's clear time with the same time said again in words after it (issue 14, stop 45), as staff add it for
 * the duty worker: the words are checked against the clear time, never read instead of it. Wordings invented for
 * these tests; the mail is sent on Wednesday 16 December 2026.
 */
class TimeSaidAgainInWordsTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 16);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "15/12/2026 5.35 pm (twenty five to 6 yesterday evening)|2026-12-15T17:35",
        "Tue 15th 9.15 am, i.e. quarter past 9 yesterday morning|2026-12-15T09:15",
        "15.12.26 22:50 - i.e. ten to 11 last night|2026-12-15T22:50",
        "14 December 2026 at 3.30pm (half past 3)|2026-12-14T15:30",
        "16/12/2026 0610 hrs, that is ten past 6 this morning|2026-12-16T06:10"})
    void aTimeSaidAgainInWordsThatAgreesIsTheClearTime(String written, String at) {
        assertThat(Dates.parseDateTime(written, SENT, Dates.Yearless.NOT_AFTER)).contains(LocalDateTime.parse(at));
        assertThat(Dates.dateAndTimeIfGiven(written, SENT, Dates.Yearless.NOT_AFTER)).contains(at);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the said time is another time, or the said day another day: one of the two is mistyped, the sender is asked
        "15/12/2026 5.35 pm (twenty to 6 yesterday evening)",
        "14/12/2026 5.35 pm (twenty five to 6 yesterday evening)",
        "Tue 15th 9.15 am, i.e. quarter to 9 yesterday morning",
        "15/12/2026 9.15 pm (quarter past 9 yesterday morning)"})
    void aTimeSaidAgainInWordsThatDiffersIsNoDateAndTime(String written) {
        assertThat(Dates.parseDateTime(written, SENT, Dates.Yearless.NOT_AFTER)).isEmpty();
    }

    @Test
    void withoutTheDaySentOnlyTheSaidTimeIsChecked() {
        assertThat(Dates.parseDateTime("15/12/2026 5.35 pm (twenty five to 6 yesterday evening)"))
                .contains(LocalDateTime.parse("2026-12-15T17:35"));
        assertThat(Dates.parseDateTime("15/12/2026 5.35 pm (ten to 6 yesterday evening)")).isEmpty();
    }

    @Test
    void aSaidTimeWithItsDayToldFromTheDaySentIsReadInThatPartOfTheDay() {
        assertThat(Dates.parseDateTime("twenty past 10 yesterday morning", SENT, Dates.Yearless.NOT_AFTER))
                .contains(LocalDateTime.parse("2026-12-15T10:20"));
        assertThat(Dates.parseDateTime("twenty to 5 yesterday afternoon", SENT, Dates.Yearless.NOT_AFTER))
                .contains(LocalDateTime.parse("2026-12-15T16:40"));
    }
}
