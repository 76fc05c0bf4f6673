package org.ypsa.hub.domain.voids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A void return's week named by its last day (round tuneW): "w/e 06/12/2026", or a date under a "Week ending" label.
 * A week ending on a Friday (the working week), a Saturday or a Sunday names one Monday, the week's first day; a week
 * said to end on any other day is refused, the sender asked for the Monday. Wordings invented for the test.
 */
class WeekEndingTest {
    private static final LocalDate ARRIVED = LocalDate.of(2026, 11, 30);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"w/e 06/12/2026", "W/E: 6/12/26", "w.e. 06.12.2026", "Week ending 6th December 2026",
            "Wk ending - Fri 4th Dec", "week ending Sat 05/12/2026", "w/ending 6/12"})
    void aWeekEndingOnAFridayToSundayIsTheWeekOfItsMonday(String written) {
        assertThat(VoidReturnValidator.dateOf(written, ARRIVED)).contains(MONDAY);
    }

    @Test
    void aWeekSaidToEndOnAWeekdayBeforeFridayIsNoWeek() {
        assertThat(VoidReturnValidator.dateOf("w/e 03/12/2026", ARRIVED)).isEmpty();
    }

    @Test
    void aWeekCommencingIsStillTheDayGiven() {
        assertThat(VoidReturnValidator.dateOf("w/c 06/12/2026", ARRIVED)).contains(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aDateUnderAWeekEndingLabelIsReadAsTheWeeksLastDay() {
        assertThat(VoidReturnReader.weekAsLabelled("Week ending", "06/12/2026")).isEqualTo("w/e 06/12/2026");
        assertThat(VoidReturnReader.weekAsLabelled("For W/E", "6/12/26")).isEqualTo("w/e 6/12/26");
        assertThat(VoidReturnReader.weekAsLabelled("Week commencing", "30/11/2026")).isEqualTo("30/11/2026");
        assertThat(VoidReturnReader.weekAsLabelled("Week ending", "w/e 06/12/2026")).isEqualTo("w/e 06/12/2026");
    }

    @Test
    void aWeekEndingNamedInALineOfWordsIsReadAsTheWeeksLastDay() {
        assertThat(VoidReturnReader.weeksInWords("Key2 voids return w/e 06/12/2026 attached")).containsExactly("w/e 06/12/2026");
        assertThat(VoidReturnReader.weeksInWords("Beds for week ending 6th December")).containsExactly("w/e 6th December");
    }

    @Test
    void aBlockOfLinesUnderAWeekEndingLabelGivesTheWeeksMonday() {
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", org.ypsa.hub.domain.grid.TextReader
                .labelValues("Provider: Key2\nWeek ending: 06/12/2026\n\nProperty ref: K2F-CHE-01\n"
                        + "Total units: 4\nOccupied: 1\nVacant: 3\n")).orElseThrow();
        assertThat(VoidReturnValidator.dateOf(d.heading().get(VoidField.WEEK_COMMENCING), ARRIVED)).contains(MONDAY);
    }

    @Test
    void aWeekSaidToEndOnAThursdayIsRefusedNamingTheDay() {
        var v = validatedForTheWeek("w/e 03/12/2026");
        assertThat(v.problems()).anySatisfy(p -> assertThat(p.problem()).contains("ends the week on a Thursday"));
    }

    @Test
    void aReturnForTheWeekEndingSundayIsRoutedForItsMonday() {
        var v = validatedForTheWeek("w/e 06/12/2026");
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().weekCommencing()).isEqualTo(MONDAY.toString());
    }

    /** A return from Response with one property, for the week as written, sent on Monday 30 November 2026. */
    private static org.ypsa.hub.domain.Validated<VoidReturn> validatedForTheWeek(String week) {
        var validator = new VoidReturnValidator(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
                TestDirectory.bankHolidays());
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        heading.put(VoidField.PROVIDER, "Response");
        heading.put(VoidField.WEEK_COMMENCING, week);
        Map<VoidField, String> row = new EnumMap<>(VoidField.class);
        row.put(VoidField.PROPERTY_REFERENCE, "RSP-CHE-01");
        row.put(VoidField.LOCALITY, "Cherwell");
        row.put(VoidField.SERVICE_TYPE, "18+ Shared");
        row.put(VoidField.TOTAL_UNITS, "4");
        row.put(VoidField.OCCUPIED, "1");
        row.put(VoidField.VACANT, "3");
        return validator.validate(List.of(new VoidReturnReader.Draft("test", heading,
                List.of(new VoidReturnReader.DraftRow("Row 2", row)))), "returns@response.provider.test",
                Instant.parse("2026-11-30T09:00:00Z"));
    }
}
