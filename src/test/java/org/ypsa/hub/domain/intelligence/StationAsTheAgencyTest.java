package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

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
        Map<IntelligenceField, String> f = StationAgency.withTheStationAsAgency(fields(null),
                "INTELLIGENCE REPORT\nRank / collar number PC 1234\nStation / unit Banbury Police Station\nOfficer name Tomos Reed");

        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Banbury Police Station");
    }

    @Test
    void aFormNamingItsAgencyKeepsIt() {
        Map<IntelligenceField, String> f = StationAgency.withTheStationAsAgency(fields("Riverside Housing"),
                "Station / unit\tBanbury Police Station");

        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Riverside Housing");
    }

    @Test
    void aStationLineNamingNoPoliceStationGivesNoAgency() {
        Map<IntelligenceField, String> f = StationAgency.withTheStationAsAgency(fields(null),
                "Unit: 3 Mill Lane\nStation: Didcot Parkway");

        assertThat(f.get(IntelligenceField.AGENCY)).isNull();
    }

    @Test
    void aPoliceReportWithABlankAgencyAndNoStationIsToldItsAgencyIsMissing() {
        Map<IntelligenceField, String> read = StationAgency.withTheStationAsAgency(fields(""),
                "INTELLIGENCE REPORT\nRank / collar number PC 1234\nOfficer name Tomos Reed");
        read.put(IntelligenceField.EMAIL, "tomos.reed@council.test");

        var v = new IntelligenceValidator(TestDirectory.shipped()).validate(read, "INTELLIGENCE REPORT",
                "tomos.reed@council.test", LocalDate.of(2026, 11, 30));

        assertThat(v.isValid()).isFalse();
        assertThat(v.problems()).extracting(Problem::field).containsExactly(IntelligenceField.AGENCY.label());
    }

    @Test
    void theValidatorOnlyJudgesItTakesNoStationFromTheTextAsTheAgency() {
        Map<IntelligenceField, String> read = fields(null);
        read.put(IntelligenceField.EMAIL, "tomos.reed@council.test");

        var v = new IntelligenceValidator(TestDirectory.shipped()).validate(read,
                "Station / unit Banbury Police Station", "tomos.reed@council.test", LocalDate.of(2026, 11, 30));

        assertThat(v.problems()).extracting(Problem::field).containsExactly(IntelligenceField.AGENCY.label());
    }
}
