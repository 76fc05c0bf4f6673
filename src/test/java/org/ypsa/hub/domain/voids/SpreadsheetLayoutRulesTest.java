package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

/**
 * Void-return spreadsheets as providers keep them (issue 14, fourth round): columns in their own order, extra columns,
 * a merged group heading over short sub-headings, blank, totals and notes rows. Headers invented for these tests.
 */
class SpreadsheetLayoutRulesTest {

    @Test
    void aShortSubHeadingIsReadWithTheGroupHeadingOverIt() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider\",\"Key2\",,,,,\n\"W/c\",14/12/2026,,,,,\n,,,,,,\n"
                + ",,\"Units\",,,,\n"
                + "\"Property ref\",\"Area\",\"No.\",\"Let\",\"Unlet\",\"Service\",\"Rent\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,3,\"18+ Shared\",\"\u00a3200\"\n");
        var row = d.rows().get(0);
        assertThat(row.get(VoidField.TOTAL_UNITS)).isEqualTo("4");
    }

    @Test
    void aColumnNamedForACountMustHoldNumbers() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\",\"Emergency bedspace\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,3,\"Y\"\n\"K2F-OXC-01\",\"Oxford City\",2,2,0,\"N\"\n");
        var row = d.rows().get(0);
        assertThat(row.get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(row.get(VoidField.EMERGENCY_BED)).isEqualTo("Y");
    }

    @Test
    void aColumnOfCodesIsThePropertyReferenceWhenNoHeaderNamesIt() throws Exception {
        VoidReturnReader.Draft d = read("\"Flat\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,3\n\"K2F-OXC-01\",\"Oxford City\",2,2,0\n\"TOTAL\",,6,3,3\n");
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(1).get(VoidField.PROPERTY_REFERENCE)).isEqualTo("K2F-OXC-01");
    }

    @Test
    void aWeekHeadingMustHoldADateSoAProviderLabelWithTheWordReturnIsTheProvider() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider making this return:\",\"Key2\",,,,\n\"Week commencing:\",14/12/2026,,,,\n"
                + ",,,,\n\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\"\n\"K2F-CHE-01\",\"Cherwell\",4,1,3\n");
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "14/12/2026");
    }

    @Test
    void aRowOfLabelAndDateAboveTheHeaderIsNoGroupHeading() {
        var above = new org.ypsa.hub.domain.grid.Grid.Row(1, java.util.List.of("Week commencing:", "14/12/2026"));
        assertThat(VoidReturnReader.groupOver(above, 1, 8)).isNull();
        var group = new org.ypsa.hub.domain.grid.Grid.Row(1, java.util.List.of("", "", "Beds", "", ""));
        assertThat(VoidReturnReader.groupOver(group, 3, 8)).isEqualTo("Beds");
    }

    @Test
    void aCodeUnderALabelReadAsACountStartsAPropertyInBlocksOfLines() {
        String body = "Provider: Key2\nWeek commencing: 14/12/2026\n\nUnit: K2F-CHE-01\nTotal units: 4\nOccupied: 1\n"
                + "Vacant: 3\n\nUnit: K2F-OXC-01\nTotal units: 2\nOccupied: 2\nVacant: 0\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body",
                org.ypsa.hub.domain.grid.TextReader.labelValues(body)).orElseThrow();
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(1).get(VoidField.PROPERTY_REFERENCE)).isEqualTo("K2F-OXC-01");
        assertThat(d.rows().get(1).get(VoidField.TOTAL_UNITS)).isEqualTo("2");
    }

    @Test
    void aLabelReadAsACountWithAWordForItsValueNamesItsNextField() {
        String body = "Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\nTotal units: 4\n"
                + "Occupied: 1\nVacant: 3\nEmergency bedspace: No\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body",
                org.ypsa.hub.domain.grid.TextReader.labelValues(body)).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(d.rows().get(0).get(VoidField.EMERGENCY_BED)).isEqualTo("No");
    }

    @Test
    void aWordUnderALabelReadOnlyAsACountThePropertyHasIsNotASecondCount() {
        String body = "Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\nTotal units: 4\n"
                + "Occupied: 1\nVacant: 3\nBeds: none spare\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body",
                org.ypsa.hub.domain.grid.TextReader.labelValues(body)).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
    }
}
