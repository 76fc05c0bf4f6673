package org.ypsa.hub.adapter.jms;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.clocks.VoidReturned;

import static org.assertj.core.api.Assertions.assertThat;

/** A clock on the queue as the clock rules read it, and back. */
class ClockEntryTest {

    @Test
    void aClockReadByTheRulesIsStoredAgainAsItWas() {
        ClockEntry stored = new ClockEntry(ClockEntry.SCHEMA, "YPSA-ABCDE-FGHJK:safeguarding-incident",
                "safeguarding-incident", "YPSA-ABCDE-FGHJK", 1, "2027-03-22T10:00:00Z", "2027-03-22T12:00:00Z",
                Map.of("severity", "High", "notified", List.of("duty@ypsa.test")));

        assertThat(ClockEntry.of(stored.due())).isEqualTo(stored);
    }

    @Test
    void aCalendarOccurrenceHasNoStartAndKeepsItsKey() {
        ClockEntry stored = new ClockEntry(ClockEntry.SCHEMA, "void-summary:2027-03-22", "void-summary",
                "void-summary:2027-03-22", 0, null, "2027-03-22T10:00:00Z", Map.of("key", "2027-03-22"));

        assertThat(stored.due().occurrence().key()).isEqualTo("2027-03-22");
        assertThat(ClockEntry.of(stored.due())).isEqualTo(stored);
    }

    @Test
    void aVoidReturnRecordsLinesAreReadWithNoVacancyOrEmergencyBedAsNone() {
        ClockEntry record = new ClockEntry(ClockEntry.SCHEMA, "YPSA-ABCDE-FGHJK:void-returned", "void-returned",
                "YPSA-ABCDE-FGHJK", 0, null, null, Map.of("providerId", "response", "week", "2027-03-22", "lines",
                        List.of(Map.of("locality", "Cherwell", "serviceType", "18+ Shared", "vacant", 2,
                                "emergencyBed", true), Map.of("locality", "Oxford City", "serviceType", "Parents"))));

        assertThat(record.voidReturned()).isEqualTo(new VoidReturned("response", List.of(
                new VoidReturned.Line("Cherwell", "18+ Shared", 2, true),
                new VoidReturned.Line("Oxford City", "Parents", 0, false))));
    }
}
