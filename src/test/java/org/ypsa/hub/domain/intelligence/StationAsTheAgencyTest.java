package org.ypsa.hub.domain.intelligence;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report in the police's own format names the officer's station or unit and no partner agency: the station is the
 * submitting agency (stop 48, police48). A form naming its agency keeps it. Wordings invented for the test.
 */
class StationAsTheAgencyTest {
    private static Map<IntelligenceField, String> fields(String agency) {
        Map<IntelligenceField, String> f = new EnumMap<>(IntelligenceField.class);
        if (agency != null) {
            f.put(IntelligenceField.AGENCY, agency);
        }
        f.put(IntelligenceField.WORKER, "Tomos Reed");
        f.put(IntelligenceField.INFORMATION, "A man in a grey car was seen outside the college twice last month.");
        return f;
    }

    @Test
    void theStationIsTheAgencyWhenTheFormNamesNoOther() {
        Map<IntelligenceField, String> f = IntelligenceValidator.withTheStationAsAgency(fields(null),
                "INTELLIGENCE REPORT\nRank / collar number PC 1234\nStation / unit Banbury Police Station\nOfficer name Tomos Reed");

        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Banbury Police Station");
    }

    @Test
    void aFormNamingItsAgencyKeepsIt() {
        Map<IntelligenceField, String> f = IntelligenceValidator.withTheStationAsAgency(fields("Riverside Housing"),
                "Station / unit\tBanbury Police Station");

        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Riverside Housing");
    }

    @Test
    void aStationLineNamingNoPoliceStationGivesNoAgency() {
        Map<IntelligenceField, String> f = IntelligenceValidator.withTheStationAsAgency(fields(null),
                "Unit: 3 Mill Lane\nStation: Didcot Parkway");

        assertThat(f.get(IntelligenceField.AGENCY)).isNull();
    }
}
