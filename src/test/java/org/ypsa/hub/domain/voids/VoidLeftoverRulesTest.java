package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

/**
 * Leftovers by type in a void return (issue 14): the one date above the table under a label naming no field is the
 * week; the one unnamed column of numbers that makes total = occupied + vacant on every row is the missing count.
 * Headers invented for these tests.
 */
class VoidLeftoverRulesTest {

    @Test
    void theOneDateUnderAnUnknownLabelAboveTheTableIsTheWeek() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider\",\"Key2\",,,\n\"Figures for\",14/12/2026,,,\n,,,,\n"
                + "\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\"\n\"K2F-CHE-01\",\"Cherwell\",4,1,3\n");
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "14/12/2026");
    }

    @Test
    void twoDatesUnderUnknownLabelsAreNotGuessedBetween() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider\",\"Key2\",,,\n\"Figures for\",14/12/2026,,,\n\"Printed\",16/12/2026,,,\n"
                + "\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\"\n\"K2F-CHE-01\",\"Cherwell\",4,1,3\n");
        assertThat(d.heading()).doesNotContainKey(VoidField.WEEK_COMMENCING);
    }

    @Test
    void theUnnamedColumnThatMakesTheCountsAddUpIsTheMissingCount() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Locality\",\"Total units\",\"Floor\",\"Occupied\",\"Ready\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,2,1,3\n\"K2F-OXC-01\",\"Oxford City\",2,1,2,0\n");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("3");
        assertThat(d.rows().get(1).get(VoidField.VACANT)).isEqualTo("0");
    }

    @Test
    void countsThatDoNotAddUpLeaveTheColumnUnnamed() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Ready\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,2\n\"K2F-OXC-01\",\"Oxford City\",2,2,0\n");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isNullOrEmpty();
    }

    private static VoidReturnReader.Draft blocks(String body) {
        return VoidReturnReader.fromLabelValues("body", org.ypsa.hub.domain.grid.TextReader.labelValues(body)).orElseThrow();
    }

    @Test
    void inABlockTheNumberThatMakesTheCountsAddUpIsTheMissingCount() {
        VoidReturnReader.Draft d = blocks("Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\n"
                + "Headroom: 4\nOccupied: 1\nVacant: 3\n\nProperty ref: K2F-OXC-01\nHeadroom: 2\nOccupied: 2\nVacant: 0\n");
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(d.rows().get(1).get(VoidField.TOTAL_UNITS)).isEqualTo("2");
    }

    @Test
    void aBareNumberUnderALabelReadAsTheReferenceInsideABlockStartsNoProperty() {
        VoidReturnReader.Draft d = blocks("Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\n"
                + "Total units: 4\nScheme number: 7\nOccupied: 1\nVacant: 3\n");
        assertThat(d.rows()).hasSize(1);
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("3");
    }

    @Test
    void inABlockANumberThatDoesNotAddUpIsNoCount() {
        VoidReturnReader.Draft d = blocks("Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\n"
                + "Headroom: 5\nOccupied: 1\nVacant: 3\n");
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isNullOrEmpty();
    }
}
