package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date needed as referrers write it, with words around it (issue 14): the date with words before it saying how soon
 * ("ASAP -", "No later than", "Not before") or a note after it saying how firm it is ("- urgent", "(flexible)") is
 * that date. Words alone ("ASAP", "Today") or a note with another number in it are no one date: the sender is asked.
 * Wordings invented for the test.
 */
class DatesWithWordsAroundTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 2);
    private static final LocalDate DATE = LocalDate.of(2026, 12, 14);

    static Stream<Arguments> datesWithWords() {
        List<String> written = List.of("14/12/2026", "14.12.2026", "14-12-2026", "14-Dec-2026", "14th December 2026",
                "Mon 14 Dec 2026", "14 Dec", "Monday 14th December");
        List<String> before = List.of("", "ASAP - ", "ASAP: ", "asap ", "As soon as possible - ", "Urgent - ",
                "No later than ", "not later than ", "By no later than ", "On or before ", "Not before ",
                "No earlier than ", "On or after ", "Starting ", "Commencing ", "Ideally by ", "Preferably from ",
                "From ", "Immediately, from ");
        List<String> after = List.of("", " - urgent", " - planned, some flexibility", ", flexible",
                " (planned move, flexible by a few days)", " (urgent)", "; date agreed with the young person",
                " \u2014 to be confirmed");
        return written.stream().flatMap(w -> before.stream().flatMap(b -> after.stream()
                .map(a -> Arguments.of(b + w + a))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datesWithWords")
    void aDateWithWordsOfHowSoonOrHowFirmAroundItIsThatDate(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).contains(DATE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Today (14/12/2026)", "today (14 Dec)", "ASAP (14th December 2026)", "Tonight (14/12/26)"})
    void aDateInBracketsAfterWordsOfHowSoonIsThatDate(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).contains(DATE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ASAP", "Today", "as soon as possible", "urgent", "14/12/2026 - or 21/12/2026 at the latest",
            "14/12/2026, 21/12/2026", "14/12/2026; 21/12/2026 latest", "Before 14/12/2026", "after 14/12/2026"})
    void wordsAloneOrANoteWithAnotherNumberAreNoOneDate(String written) {
        assertThat(Dates.parse(written, SENT, Dates.Yearless.NEAREST)).isEmpty();
    }
}
